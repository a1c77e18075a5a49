/** Totals over the pods of a resource: pods, CPU and memory, requests and limits. */

import { Derived, derived, notKnown } from './derived';
import { PodProjection, Totals } from './types';

type Pods = PodProjection<unknown>;

export function totals(jm: Pods, tm: Pods): Totals {
  return {
    pods: sum([jm.count, tm.count], 'JobManager and TaskManager pods'),
    cpu: weighted(jm, tm, (p) => p.cpu, 'CPU requests'),
    cpuLimit: weighted(jm, tm, (p) => p.cpuLimit, 'CPU limits'),
    memoryBytes: weighted(jm, tm, (p) => p.memoryRequestBytes, 'memory requests'),
    memoryLimitBytes: weighted(jm, tm, (p) => p.memoryLimitBytes, 'memory limits'),
  };
}

function sum(parts: Derived<number>[], what: string): Derived<number> {
  const unknownPart = parts.find((p) => p.value === null);
  if (unknownPart) return notKnown(unknownPart.reason);
  return derived(parts.reduce((s, p) => s + (p.value ?? 0), 0), what);
}

/** Σ count × per-pod value; a role with zero pods contributes zero even if its size is unknown. */
function weighted(jm: Pods, tm: Pods, pick: (p: Pods) => Derived<number>, what: string): Derived<number> {
  let total = 0;
  for (const pod of [jm, tm]) {
    if (pod.count.value === 0) continue;
    const value = pick(pod);
    if (pod.count.value === null) return notKnown(pod.count.reason);
    if (value.value === null) return notKnown(value.reason);
    total += pod.count.value * value.value;
  }
  return derived(roundCpu(total), `sum of ${what} over all pods`);
}

/** Avoids 0.1 + 0.2 artefacts in CPU sums; memory sums are whole numbers anyway. */
function roundCpu(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
