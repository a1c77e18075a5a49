/**
 * The releases the option catalog covers (flink-config/README.md "Versions"): Flink 1.17 to 2.3,
 * and operator 1.13, 1.14, 1.15 and `main`, which is the 1.16 release. A resource's flinkVersion
 * and the target operator map onto them here; a release outside them is never judged, since the
 * catalog does not say what it reads (Flink 1.16 or 2.4 is not "without" an option).
 */

import { OptionInfo } from '../catalog';
import { compareVersions, flinkReleaseName } from '../../versions/names';

export const FLINK_RELEASES: readonly string[] = ['1.17', '1.18', '1.19', '1.20', '2.0', '2.1', '2.2', '2.3'];
/** As the catalog names them. */
export const OPERATOR_RELEASES: readonly string[] = ['1.13', '1.14', '1.15', 'main'];
/** The release the catalog's `main` operator snapshot became. */
const OPERATOR_MAIN = '1.16';

/** The covered releases that judge a resource's options; undefined where the catalog has none. */
export interface Releases {
  /** Flink release, e.g. "1.20", for Flink options. */
  readonly flink?: string;
  /** Operator release as the catalog names it ("1.15", "main"), for operator and autoscaler options. */
  readonly operator?: string;
}

/** `v1_20`, 120, "1.20" or "1.20.1" → "1.20" when the catalog covers that release. */
export function flinkRelease(version: string | number | null | undefined): string | undefined {
  if (version === undefined || version === null) return undefined;
  const m = typeof version === 'number' ? undefined : /^v?(\d+)[._](\d+)(?:$|\.)/.exec(version);
  const text = typeof version === 'number' ? flinkReleaseName(version) : m && `${Number(m[1])}.${Number(m[2])}`;
  return text && FLINK_RELEASES.includes(text) ? text : undefined;
}

/** "1.15" or "1.15.1" → "1.15"; 1.16 and later 1.x → "main"; older than 1.13 → undefined. */
export function operatorRelease(version: string | undefined): string | undefined {
  const m = /^(\d+)\.(\d+)/.exec(version ?? '');
  if (!m) return undefined;
  const text = `${m[1]}.${m[2]}`;
  if (OPERATOR_RELEASES.includes(text)) return text;
  return Number(m[1]) === 1 && Number(m[2]) >= 16 ? 'main' : undefined;
}

/** The releases for a resource's flinkVersion (`v1_20` or the projection's 120) and the target operator. */
export function releasesFor(flinkVersion: string | number | null | undefined, operatorVersion?: string): Releases {
  return { flink: flinkRelease(flinkVersion), operator: operatorRelease(operatorVersion) };
}

/** Flink options follow the Flink release, operator and autoscaler options the operator release. */
export function isFlink(o: Pick<OptionInfo, 'source'>): boolean {
  return o.source === 'flink';
}

/** "Flink" or "operator": whose releases an option's versions are. */
export function familyName(o: Pick<OptionInfo, 'source'>): string {
  return isFlink(o) ? 'Flink' : 'operator';
}

export function coveredReleases(o: Pick<OptionInfo, 'source'>): readonly string[] {
  return isFlink(o) ? FLINK_RELEASES : OPERATOR_RELEASES;
}

/** The release that judges this option, if known and covered. */
export function releaseFor(o: Pick<OptionInfo, 'source'>, r: Releases): string | undefined {
  return isFlink(o) ? r.flink : r.operator;
}

/** A catalog release as people read it: `main` → "1.16", `<=1.17` → "1.17 or earlier". */
export function releaseLabel(release: string): string {
  if (release.startsWith('<=')) return `${releaseLabel(release.slice(2))} or earlier`;
  return release === 'main' ? OPERATOR_MAIN : release;
}

/** Orders catalog releases ("main" after "1.15"; "<=1.17" as "1.17"). */
export function compareReleases(a: string, b: string): number {
  const plain = (r: string) => (r === 'main' ? OPERATOR_MAIN : r.replace(/^<=/, ''));
  return compareVersions(plain(a), plain(b));
}

/** Some releases of all covered ones as runs: `['1.17','1.18','2.2']` → "1.17–1.18, 2.2". */
export function rangesOf(releases: readonly string[], all: readonly string[]): string {
  const have = new Set(releases);
  const runs: string[][] = [[]];
  for (const r of all) {
    if (have.has(r)) runs[runs.length - 1]?.push(r);
    else if (runs[runs.length - 1]?.length) runs.push([]);
  }
  return runs
    .filter((run) => run.length)
    .map((run) => (run.length === 1 ? releaseLabel(run[0] ?? '') : `${releaseLabel(run[0] ?? '')}–${releaseLabel(run[run.length - 1] ?? '')}`))
    .join(', ');
}
