/** Flink's memory breakdown per pod type as a table, or why Flink cannot derive it. */

import type { ResourceProjection } from '../../../../server/src/protocol/requests';
import { el, size } from '../dom';

const TM_PARTS: Array<[string, string]> = [
  ['taskHeap', 'task heap'], ['managed', 'managed'], ['network', 'network'], ['frameworkHeap', 'framework heap'],
  ['frameworkOffHeap', 'framework off-heap'], ['taskOffHeap', 'task off-heap'], ['metaspace', 'metaspace'], ['overhead', 'JVM overhead'],
];
const JM_PARTS: Array<[string, string]> = [['heap', 'heap'], ['offHeap', 'off-heap'], ['metaspace', 'metaspace'], ['overhead', 'JVM overhead']];

export function memoryTable(r: ResourceProjection): HTMLElement {
  const pods: Array<[string, ResourceProjection['taskManager'], Array<[string, string]>]> = [['TaskManager', r.taskManager, TM_PARTS]];
  if (r.clusterType !== 'session-job') pods.push(['JobManager', r.jobManager, JM_PARTS]);
  return el('div', { class: 'memory-tables' }, ...pods.map(([title, pod, parts]) => one(title, pod, parts)));
}

function one(title: string, pod: ResourceProjection['taskManager'], parts: Array<[string, string]>): HTMLElement {
  const caption = el('caption', {}, `${title}: ${size(pod.memoryBytes)} process memory`);
  if (!pod.memory) return el('table', {}, caption, el('tbody', {}, el('tr', {}, el('td', { class: pod.memoryError ? 'error' : 'note' }, pod.memoryError?.message ?? 'not known'))));
  const memory = pod.memory;
  return el('table', {}, caption, el('tbody', {}, ...parts.filter(([key]) => memory[key] !== undefined).map(([key, label]) => el('tr', {}, el('th', { scope: 'row' }, label), el('td', { class: 'value' }, size(memory[key]))))));
}
