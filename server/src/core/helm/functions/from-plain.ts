/** JSON-like JavaScript values to template values: objects to maps, numbers to float64. */

export function fromPlain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(fromPlain);
  if (v !== null && typeof v === 'object') return new Map(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, fromPlain(x)]));
  if (typeof v === 'bigint') return Number(v);
  return v === undefined ? null : v;
}
