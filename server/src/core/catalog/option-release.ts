/**
 * An option as a given release sees it: whether the release has it, whether it is deprecated
 * there and its default there. Flink options are judged by the resource's Flink release, operator
 * and autoscaler options by the target operator release (the catalog's per-release fields,
 * flink-config/README.md "Versions"). A release the catalog does not cover is never judged.
 */

import { allOptions, OptionInfo } from './catalog';

/** The per-release fields of a catalog entry that the lookup type does not name. */
export type CatalogEntry = OptionInfo & {
  readonly deprecatedIn?: string;
  readonly deprecatedKeysAcceptedBy?: Readonly<Record<string, readonly string[]>>;
  readonly operatorVersions?: readonly string[];
  readonly defaultsByVersion?: Readonly<Record<string, string>>;
};

export interface Releases {
  /** Flink release such as "1.20", or undefined when unknown. */
  readonly flink?: string;
  /** Operator release as the catalog names it ("1.15", or "main" for 1.16). */
  readonly operator?: string;
}

const FLINK = ['1.17', '1.18', '1.19', '1.20', '2.0', '2.1', '2.2', '2.3'];
const OPERATOR = ['1.13', '1.14', '1.15', 'main'];

/** `v1_20` or `1.20` → "1.20" when the catalog covers that release, otherwise undefined. */
export function flinkRelease(version: string | number | undefined | null): string | undefined {
  if (version === undefined || version === null) return undefined;
  const text = typeof version === 'number' ? `${Math.floor(version / 100)}.${version % 100}` : version.replace(/^v(\d+)_(\d+)$/, '$1.$2');
  return FLINK.includes(text) ? text : undefined;
}

/** "1.15" → "1.15"; 1.16 and later → "main" (the catalog's operator 1.16 snapshot). */
export function operatorRelease(version: string | undefined): string | undefined {
  const m = /^(\d+)\.(\d+)/.exec(version ?? '');
  if (!m) return undefined;
  const text = `${m[1]}.${m[2]}`;
  if (OPERATOR.includes(text)) return text;
  return Number(m[1]) === 1 && Number(m[2]) >= 16 ? 'main' : undefined;
}

function releaseFor(o: CatalogEntry, r: Releases): { release?: string; order: readonly string[] } {
  return o.source === 'flink' ? { release: r.flink, order: FLINK } : { release: r.operator, order: OPERATOR };
}

/**
 * False only when the release is known and reads the key neither as this option nor as an old
 * name of another one (`state.checkpoints.dir` is no option in 1.20, but 1.20 still reads it).
 */
export function existsIn(o: CatalogEntry, r: Releases): boolean {
  const { release } = releaseFor(o, r);
  const list = o.source === 'flink' ? o.flinkVersions : o.operatorVersions;
  if (!release || !list || list.includes('newer-than-2.1')) return true;
  return list.includes(release) || (readAsOldName().get(o.key)?.has(release) ?? false);
}

let oldNames: Map<string, Set<string>> | undefined;

/** Old key → the releases that read it for some other option. */
function readAsOldName(): Map<string, Set<string>> {
  if (oldNames) return oldNames;
  oldNames = new Map();
  for (const o of allOptions() as readonly CatalogEntry[]) {
    for (const [old, releases] of Object.entries(o.deprecatedKeysAcceptedBy ?? {})) {
      const set = oldNames.get(old) ?? new Set<string>();
      for (const release of releases) set.add(release);
      oldNames.set(old, set);
    }
  }
  return oldNames;
}

/** Deprecated in that release; with no release known, deprecated in the newest one that has it. */
export function deprecatedIn(o: CatalogEntry, r: Releases): boolean {
  if (!o.deprecated) return false;
  const { release, order } = releaseFor(o, r);
  const since = o.deprecatedIn?.replace('<=', '');
  if (!release || !since || !order.includes(since)) return true;
  return order.indexOf(since) <= order.indexOf(release);
}

/** The releases that have the option, as a short range ("1.17–1.20", "2.0+"). */
export function releaseRange(o: CatalogEntry): string | undefined {
  const list = (o.source === 'flink' ? o.flinkVersions : o.operatorVersions)?.filter((v) => v !== 'newer-than-2.1');
  if (!list?.length) return undefined;
  const order = o.source === 'flink' ? FLINK : OPERATOR;
  const name = (v: string) => (v === 'main' ? '1.16' : v);
  const first = list[0] as string;
  const last = list[list.length - 1] as string;
  if (last === order[order.length - 1]) return first === order[0] ? 'all covered releases' : `${name(first)}+`;
  return first === last ? name(first) : `${name(first)}–${name(last)}`;
}

/** The default in that release (a few options changed theirs), else the catalog default. */
export function defaultIn(o: CatalogEntry, r: Releases): string | null {
  const { release, order } = releaseFor(o, r);
  if (!release || !o.defaultsByVersion) return o.default;
  for (const [range, value] of Object.entries(o.defaultsByVersion)) {
    const [from, to] = range.split('-');
    const at = order.indexOf(release);
    if (at >= order.indexOf(from ?? '') && at <= order.indexOf(to ?? from ?? '')) return value;
  }
  return o.default;
}
