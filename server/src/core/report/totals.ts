/**
 * Report totals per namespace and over all resources. Session jobs add nothing: their pods are
 * their session cluster's. A sum with an unknown part is unknown (null), never a smaller number:
 * a resource whose pod memory fails counts as unknown (its row shows 0 pods because the operator
 * would not deploy it, but what it takes once fixed is not known).
 */

import type { ResourceRow } from './row';

export interface TotalsRow {
  /** The namespace, '' when not set; undefined for the total over everything. */
  readonly namespace?: string;
  readonly resources: number;
  readonly pods: number | null;
  readonly cpu: number | null;
  readonly cpuLimit: number | null;
  readonly memoryBytes: number | null;
  readonly memoryLimitBytes: number | null;
}

export function totalsOf(rows: readonly ResourceRow[], namespace?: string): TotalsRow {
  const counted = rows.filter((r) => r.clusterType !== 'session-job');
  const part = (pick: (r: ResourceRow) => number | null) => (r: ResourceRow) => (memoryFails(r) ? null : pick(r));
  const sum = (pick: (r: ResourceRow) => number | null) => (counted.some((r) => part(pick)(r) === null) ? null : Math.round(counted.reduce((s, r) => s + (pick(r) ?? 0), 0) * 1000) / 1000);
  return {
    namespace, resources: rows.length,
    pods: sum((r) => r.totals.pods), cpu: sum((r) => r.totals.cpu), cpuLimit: sum((r) => r.totals.cpuLimit),
    memoryBytes: sum((r) => r.totals.memoryBytes), memoryLimitBytes: sum((r) => r.totals.memoryLimitBytes),
  };
}

const memoryFails = (r: ResourceRow) => r.taskManager.memoryError !== null || r.jobManager.memoryError !== null;

/** One row per namespace (sorted, '' for "not set"), then the total over all. */
export function reportTotals(rows: readonly ResourceRow[]): { readonly namespaces: TotalsRow[]; readonly all: TotalsRow } {
  const groups = new Map<string, ResourceRow[]>();
  for (const r of rows) groups.set(r.namespace ?? '', [...(groups.get(r.namespace ?? '') ?? []), r]);
  const namespaces = [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([ns, group]) => totalsOf(group, ns));
  return { namespaces, all: totalsOf(rows) };
}
