/** One-line summaries of a projection, for CodeLens and the status bar. */

import { Projection } from '../projection/types';

const GIB = 2 ** 30;

export function summary(p: Projection): string {
  const q = (v: number | null) => (v === null ? '?' : String(v));
  if (p.clusterType === 'session-job') {
    return `parallelism ${q(p.parallelism.value)} · ${q(p.slotsNeeded.value)} slots in ${p.sessionCluster ?? 'its session cluster'}`;
  }
  const tms = p.taskManager.count.value;
  const slots = p.slotsPerTaskManager.value;
  const parts = [`${q(tms)} TaskManager${tms === 1 ? '' : 's'} × ${q(slots)} slot${slots === 1 ? '' : 's'}`];
  if (p.clusterType === 'application') parts.unshift(`parallelism ${q(p.parallelism.value)}`);
  parts.push(`${q(p.totals.cpu.value)} CPU`, size(p.totals.memoryBytes.value));
  if (p.autoscaler?.taskManagers.max !== undefined && p.autoscaler.taskManagers.max !== null) parts.push(`autoscaler ${q(p.autoscaler.taskManagers.min)}–${q(p.autoscaler.taskManagers.max)} TMs`);
  return parts.join(' · ');
}

export function size(bytes: number | null): string {
  if (bytes === null) return '? GiB';
  if (bytes >= GIB) return `${Math.round((bytes / GIB) * 100) / 100} GiB`;
  return `${Math.round((bytes / 2 ** 20) * 10) / 10} MiB`;
}
