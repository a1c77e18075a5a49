/** Memory bars per pod type, like Flink's web UI but before deploying. */

import type { ResourceProjection } from '../../../server/src/protocol/requests';
import { el, size } from './dom';

const TM_PARTS: Array<[string, string, number]> = [
  ['frameworkHeap', 'framework heap', 3], ['taskHeap', 'task heap', 0], ['managed', 'managed', 2], ['network', 'network', 1],
  ['frameworkOffHeap', 'framework off-heap', 4], ['taskOffHeap', 'task off-heap', 4], ['metaspace', 'metaspace', 5], ['overhead', 'JVM overhead', 6],
];
const JM_PARTS: Array<[string, string, number]> = [['heap', 'heap', 0], ['offHeap', 'off-heap', 4], ['metaspace', 'metaspace', 5], ['overhead', 'JVM overhead', 6]];

export function memory(r: ResourceProjection): HTMLElement {
  const section = el('section', { 'aria-label': 'Memory' }, el('h2', {}, 'Memory per pod'));
  section.append(bar('TaskManager', r.taskManager, TM_PARTS));
  if (r.clusterType !== 'session-job') section.append(bar('JobManager', r.jobManager, JM_PARTS));
  return section;
}

function bar(title: string, pod: ResourceProjection['taskManager'], parts: Array<[string, string, number]>): HTMLElement {
  const box = el('div', {}, el('div', { class: 'title' }, `${title}: ${size(pod.memoryBytes)} process memory`));
  const failure = pod.memoryError?.message;
  if (failure) return box.appendChild(el('p', { class: 'error' }, failure.startsWith('Flink cannot start') ? failure : `Flink cannot start: ${failure}`)).parentElement ?? box;
  const m = pod.memory;
  if (!m) return box.appendChild(el('p', { class: 'note' }, 'Not known (see below).')).parentElement ?? box;
  const total = parts.reduce((s, [k]) => s + (m[k] ?? 0), 0) || 1;
  const strip = el('div', { class: 'bar', role: 'img', 'aria-label': `${title} memory breakdown` });
  const legend = el('div', { class: 'legend' });
  for (const [key, label, color] of parts) {
    const v = m[key] ?? 0;
    if (v <= 0) continue;
    const segment = el('span', { class: `g${color}`, title: `${label}: ${size(v)}` });
    segment.style.width = `${(v / total) * 100}%`;
    strip.append(segment);
    legend.append(el('span', {}, el('span', { class: `swatch g${color}` }), `${label} ${size(v)}`));
  }
  box.append(strip, legend);
  return box;
}
