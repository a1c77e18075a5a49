/**
 * What one release makes of a flinkConfiguration key (flink-config/README.md "Versions", steps 1
 * to 3): a current option (deprecated since some release or not), an old name another option
 * reads, or a key that release no longer or not yet reads. The deprecated-config-key and
 * unknown-config-key rules report from it; a release the catalog does not cover is not judged.
 */

import { coveringOptions, findOption, OptionInfo } from '../catalog';
import { compareReleases, Releases, releaseFor } from './covered';
import { hasOption, isDeprecatedIn, oldNameReaders, releasesWith, removedIn } from './option';

export type KeyStatus =
  | { readonly kind: 'current'; readonly option: OptionInfo; readonly deprecatedSince?: string }
  | { readonly kind: 'old-key'; readonly option: OptionInfo; readonly since: string; readonly fallback: boolean }
  | { readonly kind: 'removed'; readonly option: OptionInfo; readonly removedIn: string }
  /** `firstRelease` undefined: in no covered release yet (only on Flink's development branch). */
  | { readonly kind: 'not-yet'; readonly option: OptionInfo; readonly firstRelease?: string }
  | { readonly kind: 'unknown' };

const UNKNOWN: KeyStatus = { kind: 'unknown' };

/**
 * Old keys declared with `withFallbackKeys`: read without a deprecation warning, so not reported
 * as deprecated (the catalog lists them with the deprecated keys; checked in Flink's sources).
 */
const FALLBACK_KEYS = new Set(['s3.access.key', 's3.secret.key']);

export function keyStatus(key: string, r: Releases): KeyStatus {
  const match = findOption(key);
  const own = match && match.kind !== 'deprecated-key' ? match.option : undefined;
  const status = own && currentStatus(own, r);
  if (status) return status;
  for (const { option, releases } of oldNameReaders(key)) {
    const release = releaseFor(option, r);
    if (release === undefined) return UNKNOWN;
    if (releases.includes(release)) return { kind: 'old-key', option, since: option.deprecatedKeysSince?.[key] ?? release, fallback: FALLBACK_KEYS.has(key) };
  }
  if (!own) return oldNameGone(key, r);
  // A pass-through prefix (s3.*) may carry the key in releases that lack the exact option.
  if (coveringOptions(key).some((o) => o !== own && currentStatus(o, r))) return { kind: 'current', option: own };
  return removedOrNotYet(own, r) ?? UNKNOWN;
}

/** The option is current in that release (or the release is not judged). */
function currentStatus(option: OptionInfo, r: Releases): KeyStatus | undefined {
  const has = hasOption(option, r);
  if (has === undefined) return { kind: 'current', option };
  if (!has) return undefined;
  return { kind: 'current', option, deprecatedSince: isDeprecatedIn(option, r) ? option.deprecatedIn : undefined };
}

function removedOrNotYet(option: OptionInfo, r: Releases): KeyStatus | undefined {
  const release = releaseFor(option, r);
  const versions = releasesWith(option);
  if (release === undefined || versions === undefined) return undefined;
  const first = versions[0];
  if (first === undefined || compareReleases(release, first) < 0) return { kind: 'not-yet', option, firstRelease: first };
  const removed = removedIn(option);
  if (removed && compareReleases(release, removed) >= 0) return { kind: 'removed', option, removedIn: removed };
  return undefined;
}

/** An old name no option reads in this release: dropped after the last release that did. */
function oldNameGone(key: string, r: Releases): KeyStatus {
  for (const { option, releases } of oldNameReaders(key)) {
    const release = releaseFor(option, r);
    const last = releases[releases.length - 1];
    if (release === undefined || last === undefined || compareReleases(release, last) <= 0) continue;
    const next = (releasesWith(option) ?? []).find((v) => compareReleases(v, last) > 0) ?? release;
    return { kind: 'removed', option, removedIn: next };
  }
  return UNKNOWN;
}
