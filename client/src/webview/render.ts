/** The whole preview for one resource: header, error banner, summary cards, pods, memory, autoscaler, unknowns. */

import type { ResourceProjection } from '../../../server/src/protocol/requests';
import { cpu, el, plural, q, size } from './dom';
import { fromRow, startFailure } from '../../../server/src/core/format/headline';
import { pods } from './pods';
import { memory } from './memory';
import { change, removed } from './change';
import type { RemovedView } from '../../../server/src/protocol/changes';
import { qualifiedName } from '../../../server/src/core/format/names';

export interface Handlers {
  select(index: number): void;
  reveal(line: number): void;
}

export function render(resources: readonly ResourceProjection[], selected: number, fileName: string, on: Handlers, gone: readonly RemovedView[] = []): HTMLElement {
  const r = resources[Math.min(selected, resources.length - 1)];
  if (!r) return el('p', { class: 'empty' }, `No Flink resource in ${fileName}.`);
  const unknown = r.unknown.length ? el('section', {}, el('h2', {}, 'Unknown'), el('ul', {}, ...r.unknown.map((u) => el('li', { class: 'note' }, u)))) : null;
  const waiting = r.waiting ? el('p', { class: 'note waiting', role: 'status' }, r.waiting) : null;
  return el('div', {}, header(r, fileName), picker(resources, selected, on), waiting, banner(r, on), change(r, on.reveal), removed(gone), cards(r), pods(r), memory(r), r.autoscaler && r.autoscaler.minParallelism !== null ? autoscaler(r) : null, unknown);
}

function header(r: ResourceProjection, fileName: string): HTMLElement {
  const mode = r.mode === 'standalone' ? 'standalone: fixed TaskManagers' : r.mode === 'native' ? 'native: TaskManagers on demand' : 'mode unknown';
  return el('header', {},
    el('h1', {}, qualifiedName(r)),
    el('div', { class: 'subtitle' }, el('span', { class: 'badge' }, r.kind), el('span', { class: 'badge' }, r.clusterType), el('span', { class: 'badge' }, mode), `Flink ${r.flinkVersion ?? '?'} · ${fileName}:${r.line}`),
    r.sessionCluster ? el('div', { class: 'note' }, `Runs in session cluster ${r.sessionCluster}; its slots are shown in the cluster's TaskManagers.`) : null);
}

function picker(resources: readonly ResourceProjection[], selected: number, on: Handlers): HTMLElement | null {
  if (resources.length < 2) return null;
  const select = el('select', { 'aria-label': 'Resource' }) as HTMLSelectElement;
  resources.forEach((r, i) => {
    const option = el('option', { value: String(i) }, `${r.kind} ${r.name ?? '(no name)'}`) as HTMLOptionElement;
    option.selected = i === selected;
    select.append(option);
  });
  select.addEventListener('change', () => on.select(Number(select.value)));
  return el('div', { class: 'picker' }, el('label', {}, 'Resource: ', select));
}

function banner(r: ResourceProjection, on: Handlers): HTMLElement | null {
  const errors = r.findings.filter((f) => f.severity === 'error');
  if (!errors.length) return null;
  const list = el('ul', {});
  for (const f of errors) {
    const link = el('button', { class: 'link', type: 'button' }, `Line ${f.line}: ${f.message}`);
    link.addEventListener('click', () => on.reveal(f.line));
    list.append(el('li', {}, link));
  }
  return el('div', { class: 'banner', role: 'alert' }, el('strong', {}, `The operator or Flink will not run this as written (${errors.length}):`), list);
}

function cards(r: ResourceProjection): HTMLElement {
  const card = (value: string, label: string) => el('div', { class: 'card' }, el('div', { class: 'value' }, value), el('div', { class: 'label' }, label));
  // The same numbers as the status bar and CodeLens: "?" while Flink cannot size a pod.
  const h = fromRow(r);
  return el('div', { class: 'cards' },
    r.clusterType === 'session' ? null : card(q(r.parallelism), 'parallelism'),
    card(`${q(r.slotsNeeded)} / ${q(h.totalSlots)}`, 'slots needed / total'),
    card(`${q(h.taskManagers)} × ${q(r.slotsPerTaskManager)}`, 'TaskManagers × slots'),
    r.clusterType === 'session-job' ? null : card(q(startFailure(r) ? null : r.jobManagers), 'JobManagers'),
    r.clusterType === 'session-job' ? null : card(plural(h.pods, 'pod'), `${cpu(h.cpu)} · ${size(h.memoryBytes)}`));
}

function autoscaler(r: ResourceProjection): HTMLElement {
  const a = r.autoscaler;
  if (!a) return el('div', {});
  const row = (label: string, p: number | null, slots: number | null, tms: number | null, cores: number | null, mem: number | null) => el('tr', {}, el('th', {}, label), el('td', {}, `parallelism ${q(p)}`), el('td', {}, plural(slots, 'slot')), el('td', {}, plural(tms, 'TaskManager')), el('td', {}, `${cpu(cores)} · ${size(mem)}`));
  return el('section', { 'aria-label': 'Autoscaler' }, el('h2', {}, 'Autoscaler range'),
    el('table', {}, row('smallest', a.minParallelism, a.slotsNeeded.min, a.taskManagers.min, a.cpu.min, a.memoryBytes.min), row('largest', a.maxParallelism, a.slotsNeeded.max, a.taskManagers.max, a.cpu.max, a.memoryBytes.max)),
    el('p', { class: 'note' }, a.reason));
}
