/** Field access: `.a.b` on maps (a missing key is nil, as Helm sets missingkey=zero) and structs. */

import { Span } from '../../text/span';
import { TemplateError, Frame } from './frame';
import { GoMethod, goType, isStruct, originAt, Unknown, Val } from './values';

export function fieldChain(frame: Frame, start: Val, chain: readonly string[], args: readonly Val[] | undefined, span: Span): Val {
  let current = start;
  for (let i = 0; i < chain.length; i++) {
    const name = chain[i] as string;
    const r = current.v;
    const last = i === chain.length - 1;
    if (r instanceof Unknown) return current;
    if (r instanceof Map) {
      if (last && args?.length) throw new TemplateError(`${name} is not a method but has arguments`, frame.file, span);
      current = r.has(name) ? { v: r.get(name) ?? null, o: originAt(r, name) } : { v: null };
    } else if (isStruct(r)) {
      const f = r.field(name);
      if (f === undefined) throw new TemplateError(`can't evaluate field ${name} in type ${r.goType}`, frame.file, span);
      if (f instanceof GoMethod) current = { v: f.call(last ? (args ?? []).map((a) => a.v) : []) };
      else if (last && args?.length) throw new TemplateError(`${name} is not a method but has arguments`, frame.file, span);
      else current = { v: f };
    } else if (r === null || r === undefined) {
      throw new TemplateError(`nil pointer evaluating interface {}.${name}`, frame.file, span);
    } else {
      throw new TemplateError(`can't evaluate field ${name} in type ${goType(r)}`, frame.file, span);
    }
  }
  return current;
}
