/** The projection on each side, reduced to what a resize changes: parallelism, pods, slots, CPU, memory. */

import type { Projection } from '../projection/types';
import type { ProjectionSummary } from './types';
import { num, size } from '../format/numbers';

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

const SUMMARY_FIELDS: ReadonlyArray<[keyof ProjectionSummary, string]> = [
  ['parallelism', 'parallelism'], ['taskManagers', 'TaskManagers'], ['slotsPerTaskManager', 'slots per TaskManager'],
  ['totalSlots', 'slots'], ['jobManagers', 'JobManagers'], ['cpu', 'CPU'], ['memoryBytes', 'memory'],
];

/**
 * The numbers that differ, as [label, before, after], written as every surface writes them
 * (format/numbers: "22 GiB", "?" when unknown). The CLI text and Markdown and the preview's
 * Change section all show these; the JSON keeps the summaries' exact numbers.
 */
export function projectionDelta(before: ProjectionSummary | null, after: ProjectionSummary | null): Array<[string, string, string]> {
  if (!before || !after) return [];
  const shown = (k: keyof ProjectionSummary, v: number | null) => (k === 'memoryBytes' ? size(v) : num(v));
  return SUMMARY_FIELDS.filter(([k]) => before[k] !== after[k]).map(([k, label]) => [label, shown(k, before[k]), shown(k, after[k])]);
}
