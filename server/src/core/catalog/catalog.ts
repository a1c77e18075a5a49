/**
 * The Flink, operator and autoscaler option catalog (generated from the team reference by
 * scripts/gen-catalog.mjs): lookups by key, deprecated key, pattern and map prefix, and
 * did-you-mean suggestions for unknown keys.
 */

import rawOptions from './options.json';
import { editDistance } from './edit-distance';

export interface OptionInfo {
  readonly key: string;
  readonly type: string;
  readonly default: string | null;
  readonly source: 'flink' | 'operator' | 'autoscaler' | string;
  readonly enumValues?: readonly string[];
  readonly suggestedValues?: readonly string[];
  readonly deprecatedKeys?: readonly string[];
  readonly fallbackKeys?: readonly string[];
  readonly deprecated?: boolean;
  readonly replacedBy?: readonly string[];
  readonly removedIn?: string;
  readonly flinkVersions?: readonly string[];
  readonly keyPattern?: string;
}

export type Match =
  | { readonly kind: 'exact' | 'pattern' | 'map-entry'; readonly option: OptionInfo }
  | { readonly kind: 'deprecated-key'; readonly option: OptionInfo; readonly oldKey: string };

const OPTIONS = rawOptions as readonly OptionInfo[];
const BY_KEY = new Map(OPTIONS.map((o) => [o.key, o]));
const BY_OLD_KEY = new Map<string, OptionInfo>();
for (const o of OPTIONS) for (const old of o.deprecatedKeys ?? []) if (!BY_KEY.has(old) && !BY_OLD_KEY.has(old)) BY_OLD_KEY.set(old, o);
const PATTERNS = OPTIONS.filter((o) => o.keyPattern).map((o) => [new RegExp(o.keyPattern ?? ''), o] as const);
const MAPS = OPTIONS.filter((o) => o.type === 'Map' && !o.keyPattern);
const PLAIN_KEYS = OPTIONS.filter((o) => !o.keyPattern).map((o) => o.key);

export function allOptions(): readonly OptionInfo[] {
  return OPTIONS;
}

export function findOption(key: string): Match | undefined {
  const exact = BY_KEY.get(key);
  if (exact) return { kind: 'exact', option: exact };
  const renamed = BY_OLD_KEY.get(key);
  if (renamed) return { kind: 'deprecated-key', option: renamed, oldKey: key };
  const map = MAPS.find((o) => key.startsWith(`${o.key}.`));
  if (map) return { kind: 'map-entry', option: map };
  const pattern = PATTERNS.find(([re]) => re.test(key));
  return pattern ? { kind: 'pattern', option: pattern[1] } : undefined;
}

/** The closest real key, when it is close enough to be a typo. */
export function suggestKey(key: string): string | undefined {
  const normalized = normalize(key);
  const sameShape = PLAIN_KEYS.find((k) => normalize(k) === normalized);
  if (sameShape) return sameShape;
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = Math.max(2, Math.floor(key.length / 8));
  for (const candidate of PLAIN_KEYS) {
    if (Math.abs(candidate.length - key.length) > limit) continue;
    const d = editDistance(key, candidate, limit);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= limit ? best : undefined;
}

/** Same key up to case and separators: `high-availability-storageDir` ~ `high-availability.storageDir`. */
function normalize(key: string): string {
  return key.toLowerCase().replace(/[-_.]/g, '');
}
