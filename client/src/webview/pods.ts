/**
 * The pods: JobManagers, TaskManagers with their slots (coloured by slot sharing group or, in a
 * session cluster, by session job; idle slots hatched) and, in standalone mode, the slots the job
 * needs but cannot get.
 */

import type { ResourceProjection } from '../../../server/src/protocol/requests';
import { cpu, el, plural, q, size } from './dom';

const SHOWN_PODS = 24;
/** Slots drawn per pod: a huge numberOfTaskSlots must not make the page build millions of nodes. */
const SHOWN_SLOTS = 64;

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
  const total = r.totalSlots ?? 0;
  const tms = r.taskManagers ?? 0;
  const per = r.slotsPerTaskManager ?? 1;
  for (let i = 0; i < Math.min(tms, SHOWN_PODS); i++) list.append(taskManager(r, i, slotCells(demand, total, i * per, per)));
  if (tms > SHOWN_PODS) list.append(el('span', { class: 'more' }, `+ ${plural(tms - SHOWN_PODS, 'more TaskManager', 'more TaskManagers')} like these`));
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
  demand.forEach((d, i) => box.append(el('span', {}, el('span', { class: `swatch g${i % 6}` }), `${d.label}: ${plural(d.slots, 'slot')}`)));
  box.append(el('span', {}, el('span', { class: 'swatch slot idle' }), 'idle'));
  return box;
}

interface Cells {
  readonly cells: ReadonlyArray<{ group: number; current: boolean }>;
  /** Slots of the pod, drawn or not, and how many of them are used. */
  readonly inPod: number;
  readonly used: number;
}

/**
 * The slots of one TaskManager, `count` from slot `first` on (slots are filled group by group):
 * the group that uses each, or -1 for idle. Only the first SHOWN_SLOTS are built.
 */
function slotCells(demand: Demand[], total: number, first: number, count: number): Cells {
  const used = Math.min(total, demand.reduce((s, d) => s + Math.max(0, d.slots), 0));
  const inPod = Math.max(0, Math.min(count, total - first));
  const cells: Array<{ group: number; current: boolean }> = [];
  for (let k = first; k < first + Math.min(inPod, SHOWN_SLOTS); k++) {
    const group = k < used ? groupAt(demand, k) : -1;
    cells.push({ group, current: group >= 0 && !!demand[group]?.current });
  }
  return { cells, inPod, used: Math.max(0, Math.min(inPod, used - first)) };
}

function groupAt(demand: Demand[], k: number): number {
  let end = 0;
  for (let i = 0; i < demand.length; i++) {
    end += Math.max(0, demand[i]?.slots ?? 0);
    if (k < end) return i;
  }
  return -1;
}

function jobManager(r: ResourceProjection, i: number): HTMLElement {
  return el('div', { class: 'pod jm', tabindex: '0', 'aria-label': `JobManager ${i + 1}` }, el('div', { class: 'title' }, `JobManager${(r.jobManagers ?? 1) > 1 ? ` ${i + 1}` : ''}`), el('div', { class: 'size' }, podSize(r.jobManager)), ...volumes(r));
}

/** Flink 2.3 mounts the same persistent volume claims into every pod. */
function volumes(r: ResourceProjection): HTMLElement[] {
  const pvc = r.persistentVolumeClaims;
  if (!pvc || !Array.isArray(pvc.claims) || pvc.claims.length === 0) return [];
  const text = pvc.claims.map((c) => `${c.claim} → ${c.mountPath || '?'}`).join(', ');
  return [el('div', { class: 'volumes' }, `PVC ${text}${pvc.readOnly ? ' (read-only)' : ''}`)];
}

function taskManager(r: ResourceProjection, i: number, { cells, inPod: count, used }: Cells): HTMLElement {
  const slots = el('div', { class: 'slots' });
  for (const c of cells) slots.append(el('span', { class: `slot ${c.group < 0 ? 'idle' : `g${c.group % 6}`}${c.current ? ' current' : ''}`, title: c.group < 0 ? 'idle slot' : 'used slot' }));
  if (count > cells.length) slots.append(el('span', { class: 'more' }, `+ ${plural(count - cells.length, 'more slot', 'more slots')}`));
  return el('div', { class: 'pod tm', tabindex: '0', 'aria-label': `TaskManager ${i + 1}: ${used} of ${plural(count, 'slot')} used` }, el('div', { class: 'title' }, `TaskManager ${i + 1}`), el('div', { class: 'size' }, podSize(r.taskManager)), ...volumes(r), slots);
}

function missing(count: number): HTMLElement {
  const slots = el('div', { class: 'slots' });
  for (let i = 0; i < Math.min(count, SHOWN_SLOTS); i++) slots.append(el('span', { class: 'slot missing', title: 'missing slot' }));
  return el('div', { class: 'pod missing', tabindex: '0', 'aria-label': `${plural(count, 'slot')} missing` }, el('div', { class: 'title' }, `${plural(count, 'slot')} missing`), el('div', { class: 'size' }, 'standalone mode starts no more TaskManagers'), slots);
}

function podSize(p: ResourceProjection['taskManager']): string {
  const cores = p.cpuLimit !== null && p.cpuLimit !== p.cpu ? `${cpu(p.cpu)} (limit ${q(p.cpuLimit)})` : cpu(p.cpu);
  const mem = p.memoryLimitBytes !== null && p.memoryLimitBytes !== p.memoryRequestBytes ? `${size(p.memoryRequestBytes)} (limit ${size(p.memoryLimitBytes)})` : size(p.memoryRequestBytes);
  return `${cores} · ${mem}`;
}
