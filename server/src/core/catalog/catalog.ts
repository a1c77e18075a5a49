/**
 * The Flink, operator and autoscaler option catalog (generated from the team reference by
 * scripts/gen-catalog.mjs): lookups by key, deprecated key, pattern and map prefix, and
 * did-you-mean suggestions for unknown keys.
 */

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
  /** Operator and autoscaler options: the operator releases that have them ("main" = 1.16). See releases/. */
  readonly operatorVersions?: readonly string[];
  /** First release in which the option is deprecated ("<=1.17": already in the oldest covered). */
  readonly deprecatedIn?: string;
  /** Per old key: the releases whose code reads it for this option. */
  readonly deprecatedKeysAcceptedBy?: Readonly<Record<string, readonly string[]>>;
  /** Per old key: the first covered release that reads it. */
  readonly deprecatedKeysSince?: Readonly<Record<string, string>>;
  /** Where the default differs between releases: `{"1.17-2.2": old, "2.3": new}`. */
  readonly defaultsByVersion?: Readonly<Record<string, string>>;
  /** Where a release added a value to enumValues ("TASKS since 2.2"). */
  readonly enumValuesNote?: string;
}

/** A default as a value: the catalog keeps the docs' quotes (`"localhost"`); null is "none". */
export function bareDefault(value: string | null): string | undefined {
  return value === null ? undefined : value.replace(/^"(.*)"$/, '$1');
}

/** A default in plain text: `none`, `empty` or the value itself. */
export function defaultText(value: string | null): string {
  const bare = bareDefault(value);
  return bare === undefined ? 'none' : bare === '' ? 'empty' : bare;
}

export type Match =
  | { readonly kind: 'exact' | 'pattern' | 'map-entry'; readonly option: OptionInfo }
  | { readonly kind: 'deprecated-key'; readonly option: OptionInfo; readonly oldKey: string };

interface Catalog {
  readonly options: readonly OptionInfo[];
  readonly byKey: ReadonlyMap<string, OptionInfo>;
  readonly byOldKey: ReadonlyMap<string, OptionInfo>;
  readonly patterns: ReadonlyArray<readonly [RegExp, OptionInfo]>;
  readonly maps: readonly OptionInfo[];
  readonly plainKeys: readonly string[];
}

let catalog: Catalog | undefined;

/** Loaded on first use: the catalog is the largest piece of the server and most files never need it. */
function load(): Catalog {
  if (catalog) return catalog;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const options = (require('./options-data') as { default: readonly OptionInfo[] }).default;
  const byKey = new Map(options.map((o) => [o.key, o]));
  const byOldKey = new Map<string, OptionInfo>();
  for (const o of options) for (const old of o.deprecatedKeys ?? []) if (!byKey.has(old) && !byOldKey.has(old)) byOldKey.set(old, o);
  catalog = {
    options,
    byKey,
    byOldKey,
    patterns: byPatternSpecificity(options.filter((o) => o.keyPattern)).map((o) => [new RegExp(o.keyPattern ?? ''), o] as const),
    maps: options.filter((o) => o.type === 'Map' && !o.keyPattern),
    plainKeys: options.filter((o) => !o.keyPattern).map((o) => o.key),
  };
  return catalog;
}

/**
 * Catch-all patterns (`metrics.reporter.<name>.<parameter>`) after the specific ones
 * (`metrics.reporter.<name>.factory.class`), so a key finds the entry that describes it.
 */
function byPatternSpecificity(options: readonly OptionInfo[]): OptionInfo[] {
  const catchAll = (o: OptionInfo) => (o.keyPattern?.endsWith('\\..+$') ? 1 : 0);
  return [...options].sort((a, b) => catchAll(a) - catchAll(b));
}

export function allOptions(): readonly OptionInfo[] {
  return load().options;
}

/** Lookups by key are pure, and the same keys come back in every resource and keystroke. */
const FOUND = new Map<string, Match | undefined>();
const MAX_FOUND = 10000;

export function findOption(key: string): Match | undefined {
  if (FOUND.has(key)) return FOUND.get(key);
  if (FOUND.size >= MAX_FOUND) FOUND.clear();
  const match = lookUp(key);
  FOUND.set(key, match);
  return match;
}

function lookUp(key: string): Match | undefined {
  const { byKey: BY_KEY, byOldKey: BY_OLD_KEY, maps: MAPS, patterns: PATTERNS } = load();
  const exact = BY_KEY.get(key);
  if (exact) return { kind: 'exact', option: exact };
  const renamed = BY_OLD_KEY.get(key);
  if (renamed) return { kind: 'deprecated-key', option: renamed, oldKey: key };
  const map = MAPS.find((o) => key.startsWith(`${o.key}.`));
  if (map) return { kind: 'map-entry', option: map };
  const pattern = PATTERNS.find(([re]) => re.test(key));
  return pattern ? { kind: 'pattern', option: pattern[1] } : undefined;
}

/** Every pattern and map option that covers a key (pass-through prefixes such as `s3.*`). */
export function coveringOptions(key: string): OptionInfo[] {
  const { maps, patterns } = load();
  return [...maps.filter((o) => key.startsWith(`${o.key}.`)), ...patterns.filter(([re]) => re.test(key)).map(([, o]) => o)];
}

/** The closest real key, when it is close enough to be a typo. */
export function suggestKey(key: string): string | undefined {
  const PLAIN_KEYS = load().plainKeys;
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
