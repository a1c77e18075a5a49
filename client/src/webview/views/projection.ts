/**
 * "Flink: Show Projection": every number the projection derived for a resource, each with the
 * field or default that decided it, the memory breakdown per pod type, the autoscaler's range,
 * what could not be known and the findings.
 */

import type { ResourceProjection } from '../../../../server/src/protocol/requests';
import { startFailure } from '../../../../server/src/core/format/headline';
import { cpu, el, plural, q, size } from '../dom';
import { qualifiedName } from '../../../../server/src/core/format/names';
import { memoryTable } from './memory-table';

type Row = readonly [label: string, value: string, why: string | undefined];

export function projection(resources: readonly ResourceProjection[], fileName: string): HTMLElement {
  if (!resources.length) return el('p', { class: 'empty' }, `No Flink resource in ${fileName}.`);
  return el('div', {}, ...resources.map((r) => one(r, fileName)));
}

function one(r: ResourceProjection, fileName: string): HTMLElement {
  const failure = startFailure(r);
  const findings = r.findings.length ? el('section', { 'aria-label': 'Findings' }, el('h2', {}, 'Findings'), el('ul', {}, ...r.findings.map((f) => el('li', { class: f.severity === 'error' ? 'error' : '' }, `Line ${f.line}, ${f.severity} ${f.rule}: ${f.message}`)))) : null;
  const unknown = r.unknown.length ? el('section', { 'aria-label': 'Unknown' }, el('h2', {}, 'Not known'), el('ul', {}, ...r.unknown.map((u) => el('li', { class: 'note' }, u)))) : null;
  return el('article', { class: 'resource', 'aria-label': `${r.kind} ${r.name ?? '(no name)'}` },
    el('h1', {}, `${r.kind} ${qualifiedName(r)}`),
    el('div', { class: 'subtitle' }, `${r.clusterType} · ${r.mode ?? 'mode unknown'} · Flink ${r.flinkVersion ?? '?'} · ${fileName}:${r.line}`),
    failure ? el('div', { class: 'banner', role: 'alert' }, failure) : null,
    el('section', { 'aria-label': 'Projection' }, el('h2', {}, 'What the operator and Flink create'), table(rows(r))),
    el('section', { 'aria-label': 'Memory' }, el('h2', {}, 'Memory per pod'), memoryTable(r)),
    autoscaler(r), unknown, findings);
}

function rows(r: ResourceProjection): Row[] {
  const why = (key: string) => r.reasons[key];
  const out: Row[] = [];
  if (r.clusterType !== 'session') out.push(['parallelism', q(r.parallelism), why('parallelism')]);
  const groups = r.slotSharingGroups.length > 1 ? ` (groups ${r.slotSharingGroups.map((g) => q(g.slots)).join(' + ')})` : '';
  out.push(['slots needed', `${q(r.slotsNeeded)}${groups}`, why('slotsNeeded')]);
  const missing = r.missingSlots ? `, ${plural(r.missingSlots, 'slot')} missing` : '';
  out.push(['TaskManagers', `${q(r.taskManagers)} × ${plural(r.slotsPerTaskManager, 'slot')} = ${plural(r.totalSlots, 'slot')} (${q(r.idleSlots)} idle${missing})`, why('taskManagers')]);
  if (r.clusterType !== 'session-job') out.push(['JobManagers', q(r.jobManagers), why('jobManagers')]);
  if (r.statusReplicas !== null && r.statusReplicas !== r.taskManagers) out.push(['status replicas', q(r.statusReplicas), 'what the operator reports in status.taskManager.replicas']);
  out.push(['TaskManager pod', pod(r.taskManager), why('taskManager.cpu')]);
  if (r.clusterType !== 'session-job') out.push(['JobManager pod', pod(r.jobManager), why('jobManager.cpu')]);
  if (r.clusterType === 'session-job') out.push(['runs in', r.sessionCluster ?? 'its session cluster (not found)', undefined]);
  else out.push(['total', `${plural(r.totals.pods, 'pod')} · ${cpu(r.totals.cpu)} · ${size(r.totals.memoryBytes)}`, 'requests over all pods']);
  if (r.jobParallelismIgnored !== null) out.push(['job.parallelism', `${r.jobParallelismIgnored}, ignored`, 'taskManager.replicas is set, so the operator uses replicas × slots']);
  return out;
}

function pod(p: ResourceProjection['taskManager']): string {
  const cpuLimit = p.cpuLimit !== null && p.cpuLimit !== p.cpu ? ` (limit ${q(p.cpuLimit)})` : '';
  const memLimit = p.memoryLimitBytes !== p.memoryRequestBytes ? ` (limit ${size(p.memoryLimitBytes)})` : '';
  return `${cpu(p.cpu)}${cpuLimit} · ${size(p.memoryRequestBytes)}${memLimit}`;
}

function table(rows: readonly Row[]): HTMLElement {
  return el('table', { class: 'why' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, ''), el('th', { scope: 'col' }, 'value'), el('th', { scope: 'col' }, 'why'))),
    el('tbody', {}, ...rows.map(([label, value, why]) => el('tr', {}, el('th', { scope: 'row' }, label), el('td', { class: 'value' }, value), el('td', { class: 'note' }, why ?? '')))));
}

function autoscaler(r: ResourceProjection): HTMLElement | null {
  const a = r.autoscaler;
  if (!a) return null;
  const row = (label: string, p: number | null, slots: number | null, tms: number | null, cores: number | null, mem: number | null) =>
    el('tr', {}, el('th', { scope: 'row' }, label), el('td', {}, `parallelism ${q(p)}`), el('td', {}, plural(slots, 'slot')), el('td', {}, plural(tms, 'TaskManager')), el('td', {}, `${cpu(cores)} · ${size(mem)}`));
  return el('section', { 'aria-label': 'Autoscaler' }, el('h2', {}, 'Autoscaler range'),
    a.minParallelism === null ? null : el('table', {}, el('tbody', {}, row('smallest', a.minParallelism, a.slotsNeeded.min, a.taskManagers.min, a.cpu.min, a.memoryBytes.min), row('largest', a.maxParallelism, a.slotsNeeded.max, a.taskManagers.max, a.cpu.max, a.memoryBytes.max))),
    el('p', { class: 'note' }, a.reason));
}
