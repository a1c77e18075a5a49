/**
 * One option as one release sees it, from the catalog's per-release fields: whether the release
 * has it, whether it is deprecated there, its default there, which releases read its key as an
 * old name of another option. Completion ranks by these, hover prints them, and the key checks
 * (key-status.ts) are built on them, so the three never disagree.
 */

import { allOptions, OptionInfo } from '../catalog';
import { compareReleases, coveredReleases, isFlink, Releases, releaseFor } from './covered';

/**
 * Keys the catalog still lists for a release that no longer acts on them. flink-semantics.md §0.1:
 * Flink 2.3 removed `execution.submit-failed-job-on-application-error`; the catalog lists the
 * option in 2.3 because the declaration (deprecated) is still there.
 */
const NO_EFFECT_FROM: Readonly<Record<string, string>> = { 'execution.submit-failed-job-on-application-error': '2.3' };

/**
 * The covered releases that have the option, oldest first (empty for the few keys found only on
 * Flink's development branch, `newer-than-2.1`); undefined for entries without per-release data
 * (pass-through prefixes such as `s3.*`, which every release passes on).
 */
export function releasesWith(o: OptionInfo): readonly string[] | undefined {
  const list = isFlink(o) ? o.flinkVersions : o.operatorVersions;
  const gone = NO_EFFECT_FROM[o.key];
  return list?.filter((v) => coveredReleases(o).includes(v) && (gone === undefined || compareReleases(v, gone) < 0));
}

/** The first release that no longer reads the key at all. */
export function removedIn(o: OptionInfo): string | undefined {
  return NO_EFFECT_FROM[o.key] ?? o.removedIn;
}

/** Whether the release has the option; undefined when that is not known (release or data missing). */
export function hasOption(o: OptionInfo, r: Releases): boolean | undefined {
  const release = releaseFor(o, r);
  const list = releasesWith(o);
  return release === undefined || list === undefined ? undefined : list.includes(release);
}

/**
 * False only when the release is known and reads the key neither as this option nor as an old
 * name of another one (`state.checkpoints.dir` is no option in 1.20, but 1.20 still reads it).
 */
export function readsKey(o: OptionInfo, r: Releases): boolean {
  if (hasOption(o, r) !== false) return true;
  const release = releaseFor(o, r);
  return oldNameReaders(o.key).some((reader) => isFlink(reader.option) === isFlink(o) && release !== undefined && reader.releases.includes(release));
}

/** Deprecated in that release; with no release known, deprecated in the newest one that has it. */
export function isDeprecatedIn(o: OptionInfo, r: Releases): boolean {
  if (!o.deprecated) return false;
  const release = releaseFor(o, r);
  if (release === undefined || o.deprecatedIn === undefined) return true;
  return compareReleases(o.deprecatedIn, release) <= 0;
}

/** The default in that release where `defaultsByVersion` says it differs there; else the catalog default. */
export function defaultIn(o: OptionInfo, r: Releases): string | null {
  const release = releaseFor(o, r);
  if (release === undefined || !o.defaultsByVersion) return o.default;
  for (const [range, value] of Object.entries(o.defaultsByVersion)) {
    const [from = '', to = from] = range.split('-');
    if (compareReleases(release, from) >= 0 && compareReleases(release, to) <= 0) return value;
  }
  return o.default;
}

export interface OldNameReader {
  readonly option: OptionInfo;
  /** The releases whose code reads the key for this option. */
  readonly releases: readonly string[];
}

let readers: ReadonlyMap<string, readonly OldNameReader[]> | undefined;

/**
 * The options that read `key` as an old name, in catalog order, with the releases that do. A key
 * can be an option of its own in older releases and an old name of its successor in newer ones.
 */
export function oldNameReaders(key: string): readonly OldNameReader[] {
  if (!readers) {
    const map = new Map<string, OldNameReader[]>();
    for (const option of allOptions()) {
      for (const [old, releases] of Object.entries(option.deprecatedKeysAcceptedBy ?? {})) {
        if (releases.length) map.set(old, [...(map.get(old) ?? []), { option, releases }]);
      }
    }
    readers = map;
  }
  return readers.get(key) ?? [];
}
