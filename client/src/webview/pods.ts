/**
 * The pods: JobManagers, TaskManagers with their slots (coloured by slot sharing group or, in a
 * session cluster, by session job; idle slots hatched) and, in standalone mode, the slots the job
 * needs but cannot get.
 */

import type { ResourceProjection } from '../../../server/src/protocol/requests';
import { el, q, size } from './dom';

const SHOWN_PODS = 24;

interface Demand {
  readonly label: string;
  readonly slots: number;
  readonly current?: boolean;
}

export function pods(r: ResourceProjection): HTMLElement {
  const demand = demandOf(r);
  const section = el('section', { 'aria-label': 'Pods' }, el('h2', {}, 'Pods'));
  section.append(legend(demand));
  const list = el('div', { class: 'pods' });
  for (let i = 0; i < Math.min(r.jobManagers ?? 0, SHOWN_PODS); i++) list.append(jobManager(r, i));
  const cells = slotCells(demand, r.totalSlots ?? 0);
  const tms = r.taskManagers ?? 0;
  const per = r.slotsPerTaskManager ?? 1;
  for (let i = 0; i < Math.min(tms, SHOWN_PODS); i++) list.append(taskManager(r, i, cells.slice(i * per, (i + 1) * per)));
  if (tms > SHOWN_PODS) list.append(el('span', { class: 'more' }, `+ ${tms - SHOWN_PODS} more TaskManagers like these`));
  if (r.missingSlots) list.append(missing(r.missingSlots));
  if (r.taskManagers === null) list.append(el('p', { class: 'note' }, 'The number of TaskManagers is unknown (see below).'));
  section.append(list);
  return section;
}

function demandOf(r: ResourceProjection): Demand[] {
  if (r.sessionJobs && r.sessionJobs.length) return r.sessionJobs.map((j) => ({ label: `job ${j.name}`, slots: j.slots ?? 0, current: r.clusterType === 'session-job' && j.name === r.name }));
  return r.slotSharingGroups.map((g, i) => ({ label: r.slotSharingGroups.length > 1 ? `group ${i + 1} (${g.group})` : 'job', slots: g.slots ?? 0 }));
}

function legend(demand: Demand[]): HTMLElement {
  const box = el('div', { class: 'legend' });
  demand.forEach((d, i) => box.append(el('span', {}, el('span', { class: `swatch g${i % 6}` }), `${d.label}: ${d.slots} slot${d.slots === 1 ? '' : 's'}`)));
  box.append(el('span', {}, el('span', { class: 'swatch slot idle' }), 'idle'));
  return box;
}

/** One entry per slot: the group index that uses it, or -1 for idle. */
function slotCells(demand: Demand[], total: number): Array<{ group: number; current: boolean }> {
  const cells: Array<{ group: number; current: boolean }> = [];
  demand.forEach((d, i) => {
    for (let k = 0; k < d.slots && cells.length < total; k++) cells.push({ group: i, current: !!d.current });
  });
  while (cells.length < total) cells.push({ group: -1, current: false });
  return cells;
}

function jobManager(r: ResourceProjection, i: number): HTMLElement {
  return el('div', { class: 'pod jm', tabindex: '0', 'aria-label': `JobManager ${i + 1}` }, el('div', { class: 'title' }, `JobManager${(r.jobManagers ?? 1) > 1 ? ` ${i + 1}` : ''}`), el('div', { class: 'size' }, podSize(r.jobManager)));
}

function taskManager(r: ResourceProjection, i: number, cells: Array<{ group: number; current: boolean }>): HTMLElement {
  const slots = el('div', { class: 'slots' });
  for (const c of cells) slots.append(el('span', { class: `slot ${c.group < 0 ? 'idle' : `g${c.group % 6}`}${c.current ? ' current' : ''}`, title: c.group < 0 ? 'idle slot' : 'used slot' }));
  const used = cells.filter((c) => c.group >= 0).length;
  return el('div', { class: 'pod tm', tabindex: '0', 'aria-label': `TaskManager ${i + 1}: ${used} of ${cells.length} slots used` }, el('div', { class: 'title' }, `TaskManager ${i + 1}`), el('div', { class: 'size' }, podSize(r.taskManager)), slots);
}

function missing(count: number): HTMLElement {
  const slots = el('div', { class: 'slots' });
  for (let i = 0; i < Math.min(count, 64); i++) slots.append(el('span', { class: 'slot missing', title: 'missing slot' }));
  return el('div', { class: 'pod missing', tabindex: '0', 'aria-label': `${count} slots missing` }, el('div', { class: 'title' }, `${count} slots missing`), el('div', { class: 'size' }, 'standalone mode starts no more TaskManagers'), slots);
}

function podSize(p: ResourceProjection['taskManager']): string {
  const cpu = p.cpuLimit !== null && p.cpuLimit !== p.cpu ? `${q(p.cpu)} CPU (limit ${q(p.cpuLimit)})` : `${q(p.cpu)} CPU`;
  const mem = p.memoryLimitBytes !== null && p.memoryLimitBytes !== p.memoryRequestBytes ? `${size(p.memoryRequestBytes)} (limit ${size(p.memoryLimitBytes)})` : size(p.memoryRequestBytes);
  return `${cpu} · ${mem}`;
}
