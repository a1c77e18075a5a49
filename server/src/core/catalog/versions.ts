/**
 * What one release makes of a configuration key, from the catalog's per-release fields
 * (flink-config/README.md "Versions"): a current option (deprecated since some release or not),
 * an old name another option reads, a key that release no longer or not yet reads. Flink keys
 * follow the resource's flinkVersion, operator and autoscaler keys the operator release.
 */

import { allOptions, coveringOptions, findOption, OptionInfo } from './catalog';

export type KeyStatus =
  | { readonly kind: 'current'; readonly option: OptionInfo; readonly deprecatedSince?: string }
  | { readonly kind: 'old-key'; readonly option: OptionInfo; readonly since: string; readonly fallback: boolean }
  | { readonly kind: 'removed'; readonly option: OptionInfo; readonly removedIn: string }
  | { readonly kind: 'not-yet'; readonly option: OptionInfo; readonly firstRelease: string }
  | { readonly kind: 'unknown' };

export interface Releases {
  /** Flink release of the resource, e.g. "1.18"; undefined when unknown. */
  readonly flink?: string;
  /** Operator release, e.g. "1.16". */
  readonly operator: string;
}

/**
 * Old keys declared with `withFallbackKeys`: read without a deprecation warning, so not reported
 * as deprecated (the catalog lists them with the deprecated keys; checked in Flink's sources).
 */
const FALLBACK_KEYS = new Set(['s3.access.key', 's3.secret.key']);

/**
 * Keys the catalog still lists for a release that no longer acts on them (flink-semantics.md §0.1:
 * Flink 2.3 removed `execution.submit-failed-job-on-application-error`).
 */
const NO_EFFECT_FROM: Readonly<Record<string, string>> = { 'execution.submit-failed-job-on-application-error': '2.3' };

let owners: Map<string, OptionInfo[]> | undefined;

function oldKeyOwners(key: string): OptionInfo[] {
  if (!owners) {
    owners = new Map();
    for (const o of allOptions()) for (const old of o.deprecatedKeys ?? []) owners.set(old, [...(owners.get(old) ?? []), o]);
  }
  return owners.get(key) ?? [];
}

/** "1.18" → 118, "<=1.17" → 117, "main" → the release after the newest tagged one. */
export function releaseNumber(release: string): number {
  if (release === 'main') return 116;
  const m = /(\d+)\.(\d+)/.exec(release);
  return m ? Number(m[1]) * 100 + Number(m[2]) : 0;
}

/** The catalog covers Flink 1.17 and later: an older release is treated as unknown. */
function releaseOf(option: OptionInfo, releases: Releases): string | undefined {
  if (option.source === 'flink') return releases.flink !== undefined && releaseNumber(releases.flink) >= 117 ? releases.flink : undefined;
  // Operator releases: the catalog covers 1.13 to 1.15 and main (= 1.16).
  const operator = releaseNumber(releases.operator);
  if (operator < 113) return undefined;
  return operator >= 116 ? 'main' : `1.${operator % 100}`;
}

function listed(versions: readonly string[] | undefined, release: string): boolean {
  return !!versions && versions.some((v) => v === release);
}

function versionsOf(option: OptionInfo): readonly string[] | undefined {
  return option.source === 'flink' ? option.flinkVersions : option.operatorVersions;
}

export function keyStatus(key: string, releases: Releases): KeyStatus {
  const match = findOption(key);
  if (match && match.kind !== 'deprecated-key') {
    const status = ownStatus(match.option, key, releases);
    if (status) return status;
  }
  for (const owner of oldKeyOwners(key)) {
    const release = releaseOf(owner, releases);
    if (release === undefined) return { kind: 'unknown' };
    if (!listed(owner.deprecatedKeysAcceptedBy?.[key], release)) continue;
    return { kind: 'old-key', option: owner, since: owner.deprecatedKeysSince?.[key] ?? release, fallback: FALLBACK_KEYS.has(key) };
  }
  if (match && match.kind !== 'deprecated-key') {
    // A pass-through prefix (s3.*) may carry the key in releases that lack the exact option.
    if (coveringOptions(key).some((o) => o !== match.option && ownStatus(o, key, releases)?.kind === 'current')) return { kind: 'current', option: match.option };
    return removedOrNotYet(match.option, releases) ?? { kind: 'unknown' };
  }
  return oldKeyGone(key, releases);
}

/** An old name no owner reads in this release: dropped after the last release that did. */
function oldKeyGone(key: string, releases: Releases): KeyStatus {
  for (const owner of oldKeyOwners(key)) {
    const release = releaseOf(owner, releases);
    const accepted = owner.deprecatedKeysAcceptedBy?.[key] ?? [];
    const last = accepted[accepted.length - 1];
    if (release === undefined || last === undefined) continue;
    if (releaseNumber(release) > releaseNumber(last)) {
      const versions = versionsOf(owner) ?? [];
      const next = versions.find((v) => releaseNumber(v) > releaseNumber(last)) ?? release;
      return { kind: 'removed', option: owner, removedIn: next };
    }
  }
  return { kind: 'unknown' };
}

function ownStatus(option: OptionInfo, key: string, releases: Releases): KeyStatus | undefined {
  const release = releaseOf(option, releases);
  const versions = versionsOf(option);
  if (release === undefined || !versions) return { kind: 'current', option };
  const noEffect = NO_EFFECT_FROM[key];
  if (noEffect && releaseNumber(release) >= releaseNumber(noEffect)) return { kind: 'removed', option, removedIn: noEffect };
  if (!listed(versions, release)) return undefined;
  const since = option.deprecatedIn;
  const deprecated = since !== undefined && releaseNumber(since) <= releaseNumber(release);
  return { kind: 'current', option, deprecatedSince: deprecated ? since : undefined };
}

function removedOrNotYet(option: OptionInfo, releases: Releases): KeyStatus | undefined {
  const release = releaseOf(option, releases);
  const versions = versionsOf(option);
  if (release === undefined || !versions || versions.length === 0) return undefined;
  const first = versions[0] ?? '';
  if (releaseNumber(release) < releaseNumber(first)) return { kind: 'not-yet', option, firstRelease: first };
  if (option.removedIn && releaseNumber(release) >= releaseNumber(option.removedIn)) return { kind: 'removed', option, removedIn: option.removedIn };
  return undefined;
}
