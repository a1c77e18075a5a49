/** Lists the projected values that could not be evaluated, for reports and the JSON `unknown`. */

import { Derived } from './derived';
import { Projection } from './types';

export function collectUnknowns(p: Omit<Projection, 'unknown'>): string[] {
  const entries: Array<[string, Derived<unknown>]> = [
    ['mode', p.mode],
    ['parallelism', p.parallelism],
    ['slotsPerTaskManager', p.slotsPerTaskManager],
    ['slotsNeeded', p.slotsNeeded],
    ['taskManagers', p.taskManager.count],
    ['jobManagers', p.jobManager.count],
    ['taskManager.cpu', p.taskManager.cpu],
    ['jobManager.cpu', p.jobManager.cpu],
    ['taskManager.memoryBytes', p.taskManager.processBytes],
    ['jobManager.memoryBytes', p.jobManager.processBytes],
    ['taskManager.memoryLimit', p.taskManager.memoryLimitBytes],
    ['jobManager.memoryLimit', p.jobManager.memoryLimitBytes],
  ];
  for (const [field, pod] of [['taskManager.memory', p.taskManager], ['jobManager.memory', p.jobManager]] as const) {
    if (pod.memory.status === 'unknown') entries.push([field, { value: null, reason: pod.memory.reason }]);
  }
  if (p.volumeClaims && 'unknown' in p.volumeClaims) entries.push(['persistentVolumeClaims', { value: null, reason: p.volumeClaims.unknown }]);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const [field, value] of entries) {
    if (value.value !== null || (field === 'parallelism' && p.clusterType === 'session')) continue;
    const line = `${field}: ${value.reason}`;
    if (!seen.has(line)) out.push(line);
    seen.add(line);
  }
  return out;
}
