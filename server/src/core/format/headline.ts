/**
 * The projection in one line, the same on every surface that has room for one line: the CodeLens
 * and outline ("parallelism 6 · 3 TaskManagers × 2 slots · 7 CPU · 14 GiB") and the status bar
 * ("3 TM · 6 slots · 7 CPU · 14 GiB"). While Flink cannot size a pod yet (memory not set, or set
 * so that Flink refuses it), the pod count, slots, CPU and memory are "?", not the zero pods the
 * operator would start: the resource is most likely still being written.
 */

import type { Projection } from '../projection/types';
import type { ResourceRow } from '../report/row';
import { cpu, num, plural, size } from './numbers';

export interface Headline {
  readonly clusterType: string;
  readonly parallelism: number | null;
  readonly taskManagers: number | null;
  readonly pods: number | null;
  readonly slotsPerTaskManager: number | null;
  readonly slotsNeeded: number | null;
  readonly totalSlots: number | null;
  readonly cpu: number | null;
  readonly memoryBytes: number | null;
  readonly sessionCluster: string | null;
  readonly autoscalerTaskManagers: { readonly min: number | null; readonly max: number | null } | null;
}

/** Flink cannot size a JobManager or TaskManager, so the operator's deployment would fail. */
export function cannotStart(p: Pick<Projection, 'taskManager' | 'jobManager'>): boolean {
  return p.taskManager.memory.status === 'failed' || p.jobManager.memory.status === 'failed';
}

export function fromProjection(p: Projection): Headline {
  const fails = cannotStart(p);
  const unlessFails = (v: number | null) => (fails ? null : v);
  return {
    clusterType: p.clusterType, parallelism: p.parallelism.value, slotsPerTaskManager: p.slotsPerTaskManager.value, slotsNeeded: p.slotsNeeded.value,
    taskManagers: unlessFails(p.taskManager.count.value), pods: unlessFails(p.totals.pods.value), totalSlots: unlessFails(p.totalSlots.value),
    cpu: unlessFails(p.totals.cpu.value), memoryBytes: unlessFails(p.totals.memoryBytes.value),
    sessionCluster: p.sessionCluster ?? null, autoscalerTaskManagers: p.autoscaler?.taskManagers ?? null,
  };
}

/** Why Flink cannot start the resource, if it cannot. */
export function startFailure(r: Pick<ResourceRow, 'taskManager' | 'jobManager'>): string | undefined {
  return (r.taskManager.memoryError ?? r.jobManager.memoryError)?.message;
}

export function fromRow(r: ResourceRow): Headline {
  const fails = startFailure(r) !== undefined;
  const unlessFails = (v: number | null) => (fails ? null : v);
  return {
    clusterType: r.clusterType, parallelism: r.parallelism, slotsPerTaskManager: r.slotsPerTaskManager, slotsNeeded: r.slotsNeeded,
    taskManagers: unlessFails(r.taskManagers), pods: unlessFails(r.totals.pods), totalSlots: unlessFails(r.totalSlots),
    cpu: unlessFails(r.totals.cpu), memoryBytes: unlessFails(r.totals.memoryBytes),
    sessionCluster: r.sessionCluster, autoscalerTaskManagers: r.autoscaler?.taskManagers ?? null,
  };
}

/** CodeLens, outline and refactoring titles. */
export function longHeadline(h: Headline): string {
  if (h.clusterType === 'session-job') return `parallelism ${num(h.parallelism)} · ${plural(h.slotsNeeded, 'slot')} in ${h.sessionCluster ?? 'its session cluster'}`;
  const parts = [`${plural(h.taskManagers, 'TaskManager')} × ${plural(h.slotsPerTaskManager, 'slot')}`, cpu(h.cpu), size(h.memoryBytes)];
  if (h.clusterType === 'application') parts.unshift(`parallelism ${num(h.parallelism)}`);
  const scaler = h.autoscalerTaskManagers;
  if (scaler && scaler.max !== null) parts.push(`autoscaler ${num(scaler.min)}–${num(scaler.max)} TaskManagers`);
  return parts.join(' · ');
}

/** The status bar, where space is short. */
export function shortHeadline(h: Headline): string {
  return `${num(h.taskManagers)} TM · ${plural(h.totalSlots, 'slot')} · ${cpu(h.cpu)} · ${size(h.memoryBytes)}`;
}
