/** The paths at which two plain JS values (from `Document.toJS`) differ, as deep as possible. */

export type Path = readonly (string | number)[];

export function differingPaths(a: unknown, b: unknown, path: Path = []): Path[] {
  if (Object.is(a, b)) return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: Path[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      out.push(...(i < a.length && i < b.length ? differingPaths(a[i], b[i], [...path, i]) : [[...path, i]]));
    }
    return out;
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...entries(a).keys(), ...entries(b).keys()]);
    const [ea, eb] = [entries(a), entries(b)];
    return [...keys].flatMap((k) => (ea.has(k) && eb.has(k) ? differingPaths(ea.get(k), eb.get(k), [...path, k]) : [[...path, k]]));
  }
  return [path];
}

function isRecord(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Maps (from YAML with non-string keys) and plain objects alike. */
function entries(v: object): Map<string, unknown> {
  return v instanceof Map ? new Map([...v].map(([k, x]) => [String(k), x])) : new Map(Object.entries(v));
}
