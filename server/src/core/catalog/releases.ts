/**
 * The Flink and operator releases the catalog covers, and the per-release facts of an option:
 * which releases have it, its default in one release, and compact release ranges for display.
 */

import { allOptions, OptionInfo } from './catalog';

/** The per-release fields of a catalog entry (flink-config/README.md, "Versions"). */
export interface OptionReleases extends OptionInfo {
  readonly operatorVersions?: readonly string[];
  readonly deprecatedIn?: string;
  readonly deprecatedKeysAcceptedBy?: Readonly<Record<string, readonly string[]>>;
  readonly deprecatedKeysSince?: Readonly<Record<string, string>>;
  readonly defaultsByVersion?: Readonly<Record<string, string>>;
  readonly enumValuesNote?: string;
}

/** The catalog's `main` operator snapshot has the content of the 1.16 release. */
export const OPERATOR_MAIN = '1.16';

let known: { flink: readonly string[]; operator: readonly string[] } | undefined;

/** Every release some option names, oldest first. */
export function knownReleases(): { flink: readonly string[]; operator: readonly string[] } {
  if (known) return known;
  const flink = new Set<string>();
  const operator = new Set<string>();
  for (const o of allOptions() as readonly OptionReleases[]) {
    // `newer-than-2.1` marks four keys found only on Flink's development branch: not a release.
    for (const v of o.flinkVersions ?? []) if (/^\d+\.\d+$/.test(v)) flink.add(v);
    for (const v of o.operatorVersions ?? []) operator.add(v === 'main' ? OPERATOR_MAIN : v);
  }
  known = { flink: [...flink].sort(compareReleases), operator: [...operator].sort(compareReleases) };
  return known;
}

export function compareReleases(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  return (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? 0) - (y[1] ?? 0);
}

/** `v1_18`, `1.18` or `1.18.1` → `1.18`; anything else → undefined. */
export function releaseOf(flinkVersion: string | undefined): string | undefined {
  const m = /^v?(\d+)[._](\d+)/.exec(flinkVersion ?? '');
  return m ? `${Number(m[1])}.${Number(m[2])}` : undefined;
}

/** `['1.17','1.18','2.2']` of all releases → `1.17–1.18, 2.2`. */
export function rangesOf(releases: readonly string[], all: readonly string[]): string {
  const have = new Set(releases.map((r) => (r === 'main' ? OPERATOR_MAIN : r)));
  const runs: string[][] = [];
  let run: string[] = [];
  for (const r of all) {
    if (have.has(r)) run.push(r);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs.map((r) => (r.length === 1 ? r[0] : `${r[0]}–${r[r.length - 1]}`)).join(', ');
}

/** The default in one release when `defaultsByVersion` says it differs there; else the catalog default. */
export function defaultIn(option: OptionReleases, release: string | undefined): string | null {
  if (release && option.defaultsByVersion) {
    for (const [range, value] of Object.entries(option.defaultsByVersion)) {
      const [from = '', to = from] = range.split('-');
      if (compareReleases(release, from) >= 0 && compareReleases(release, to) <= 0) return value;
    }
  }
  return option.default;
}

export interface OldNameReader {
  readonly option: OptionReleases;
  readonly releases: readonly string[];
}

let readers: ReadonlyMap<string, readonly OldNameReader[]> | undefined;

/**
 * The options that read `key` as an old name, with the releases that do. A key can be an option of
 * its own in older releases and an old name of its successor in newer ones (`state.checkpoints.dir`).
 */
export function oldNameReaders(key: string): readonly OldNameReader[] {
  if (!readers) {
    const map = new Map<string, OldNameReader[]>();
    for (const option of allOptions() as readonly OptionReleases[]) {
      for (const [old, releases] of Object.entries(option.deprecatedKeysAcceptedBy ?? {})) {
        if (releases.length) map.set(old, [...(map.get(old) ?? []), { option, releases }]);
      }
    }
    readers = map;
  }
  return readers.get(key) ?? [];
}
