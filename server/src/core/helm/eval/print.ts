/** How a template prints a value (`{{ x }}`, `print`, `toString`): Go's fmt %v. */

import { goFloat } from './format-float';
import { isStruct } from './values';

/** The text of an action's value; nil prints as `<no value>`, which Helm then removes. */
export function printValue(v: unknown): string {
  if (v === null || v === undefined) return '<no value>';
  return formatV(v);
}

/** `%v` of any value (nil inside containers is `<nil>`). */
export function formatV(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return goFloat(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return `[${v.map(formatV).join(' ')}]`;
  if (v instanceof Map) return `map[${[...v.keys()].sort(byteOrder).map((k) => `${k}:${formatV(v.get(k))}`).join(' ')}]`;
  if (isStruct(v)) return `{${v.goType}}`;
  return String(v);
}

/** Go's string order (by UTF-8 bytes, which for our keys is UTF-16 order outside surrogates). */
export function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
