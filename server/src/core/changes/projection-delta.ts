/** The projection on each side, reduced to what a resize changes: parallelism, pods, slots, CPU, memory. */

import { Projection } from '../projection/types';
import { ProjectionSummary } from './types';

export function summarise(p: Projection | undefined): ProjectionSummary | null {
  if (!p) return null;
  return {
    parallelism: p.clusterType === 'session' ? null : p.parallelism.value,
    taskManagers: p.taskManager.count.value,
    slotsPerTaskManager: p.slotsPerTaskManager.value,
    totalSlots: p.totalSlots.value,
    jobManagers: p.jobManager.count.value,
    cpu: p.totals.cpu.value,
    memoryBytes: p.totals.memoryBytes.value,
  };
}

export const SUMMARY_FIELDS: ReadonlyArray<[keyof ProjectionSummary, string]> = [
  ['parallelism', 'parallelism'], ['taskManagers', 'TaskManagers'], ['slotsPerTaskManager', 'slots per TaskManager'],
  ['totalSlots', 'slots'], ['jobManagers', 'JobManagers'], ['cpu', 'CPU'], ['memoryBytes', 'memory'],
];

/** The numbers that differ, as [label, before, after]. */
export function projectionDelta(before: ProjectionSummary | null, after: ProjectionSummary | null): Array<[string, number | null, number | null]> {
  if (!before || !after) return [];
  return SUMMARY_FIELDS.filter(([k]) => before[k] !== after[k]).map(([k, label]) => [label, before[k], after[k]]);
}
