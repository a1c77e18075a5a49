/**
 * How likely a flinkConfiguration key is wanted, from the generated table (option-popularity.json,
 * made by scripts/gen-option-popularity.mjs from the operator's examples and docs, the team
 * reference, our corpus and examples): the files that mention the key, and the files that mention
 * any key of each of its dotted families, so keys nobody mentions still rank by family.
 */

import table from './option-popularity.json';

export interface Popularity {
  /** Files that mention the key (or one of its old names). */
  readonly own: number;
  /** Sum over the key's dotted prefixes of the files that mention a key below that prefix. */
  readonly family: number;
}

const KEYS: Readonly<Record<string, number>> = table.keys;
const PREFIXES: Readonly<Record<string, number>> = table.prefixes;

const CACHE = new Map<string, Popularity>();

export function popularity(key: string): Popularity {
  let p = CACHE.get(key);
  if (p) return p;
  const parts = key.split('.');
  let family = 0;
  for (let i = 1; i < parts.length; i++) family += PREFIXES[parts.slice(0, i).join('.')] ?? 0;
  p = { own: KEYS[key] ?? 0, family };
  if (CACHE.size < 10_000) CACHE.set(key, p);
  return p;
}

/** More popular first. */
export function byPopularity(a: Popularity, b: Popularity): number {
  return b.own - a.own || b.family - a.family;
}
