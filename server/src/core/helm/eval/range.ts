/** What `range` iterates: list items with their index, map entries in key order, 0..n-1 for an int. */

import { Span } from '../../text/span';
import { Frame, TemplateError } from './frame';
import { byteOrder } from './print';
import { goType, originAt, Val } from './values';

export function rangeItems(frame: Frame, val: Val, span: Span): Array<[Val, Val]> {
  const v = val.v;
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v.map((item, i) => [{ v: BigInt(i) }, { v: item, o: originAt(v, i) }]);
  if (v instanceof Map) {
    return [...v.keys()].sort(byteOrder).map((k) => {
      const o = originAt(v, k);
      return [{ v: k, o: o?.keySpan ? { ...o, span: o.keySpan } : undefined }, { v: v.get(k), o }];
    });
  }
  if (typeof v === 'bigint') {
    const out: Array<[Val, Val]> = [];
    for (let i = 0n; i < v && i < 100000n; i++) out.push([{ v: i }, { v: i }]);
    return out;
  }
  throw new TemplateError(`range can't iterate over ${typeof v === 'string' ? v : goType(v)}`, frame.file, span);
}
