/**
 * Helm's values precedence: `--values` files merged in order (later wins, maps deeply), `--set`
 * on top, then the chart's values.yaml fills what the user did not give; a user `null` removes a
 * chart default. Origins follow the value that wins.
 */

import { GoMap, originAt, setOrigin } from '../eval/values';

function copyEntry(dst: GoMap, src: GoMap, key: string, value: unknown): void {
  dst.set(key, value);
  const o = originAt(src, key);
  if (o) setOrigin(dst, key, o);
}

/** `b` over `a` (Helm's mergeMaps for several `-f` files). */
export function mergeMaps(a: GoMap, b: GoMap): GoMap {
  const out: GoMap = new Map();
  for (const [k, v] of a) copyEntry(out, a, k, v);
  for (const [k, v] of b) {
    const prev = out.get(k);
    if (prev instanceof Map && v instanceof Map) out.set(k, mergeMaps(prev, v));
    else copyEntry(out, b, k, v);
  }
  return out;
}

/** The user's values over the chart's defaults (Helm's CoalesceValues). */
export function coalesce(user: GoMap, defaults: GoMap): GoMap {
  const out: GoMap = new Map();
  for (const [k, v] of user) if (v !== null) copyEntry(out, user, k, v);
  for (const [k, d] of defaults) {
    if (!user.has(k)) {
      copyEntry(out, defaults, k, d);
      continue;
    }
    const u = user.get(k);
    if (u === null) out.delete(k);
    else if (u instanceof Map && d instanceof Map) out.set(k, coalesce(u, d));
  }
  return out;
}
