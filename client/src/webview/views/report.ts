/**
 * "Flink: Resource Report": one row per resource with the essentials as columns (narrow enough
 * for a 1440 px window beside the sidebar), the rest behind each row's Details button, totals
 * per namespace and overall, what could not be known, and Save as Markdown, JSON or CSV.
 */

import type { ResourceProjection } from '../../../../server/src/protocol/requests';
import { reportTotals, TotalsRow } from '../../../../server/src/core/report/totals';
import { fromRow, startFailure } from '../../../../server/src/core/format/headline';
import { qualifiedName } from '../../../../server/src/core/format/names';
import { cpu, el, plural, q, size } from '../dom';
import type { SaveFormat } from './messages';

export interface ReportHandlers {
  save(format: SaveFormat): void;
  open(index: number): void;
}

const COLUMNS = ['resource', 'kind', 'mode', 'parallelism', 'TaskManagers', 'pods', 'CPU', 'memory', 'findings', ''];
const SAVE: Array<[SaveFormat, string]> = [['markdown', 'Markdown'], ['json', 'JSON'], ['csv', 'CSV']];

export function report(rows: readonly ResourceProjection[], scope: string, on: ReportHandlers): HTMLElement {
  const save = el('div', { class: 'actions' }, 'Save as ', ...SAVE.map(([format, label]) => {
    const button = el('button', { type: 'button', 'data-format': format }, label);
    button.addEventListener('click', () => on.save(format));
    return button;
  }));
  const body = el('tbody', {});
  rows.forEach((r, i) => body.append(...resourceRows(r, i, on)));
  const unknown = rows.filter((r) => r.unknown.length > 0);
  return el('div', { class: 'report' },
    el('header', {}, el('h1', {}, `Flink resources: ${scope}`), el('div', { class: 'subtitle' }, `${plural(rows.length, 'resource')}. Sizes are requests; Details has limits, JobManagers and the rest.`), save),
    el('table', { class: 'resources' }, el('thead', {}, el('tr', {}, ...COLUMNS.map((c) => el('th', { scope: 'col' }, c)))), body),
    totals(rows),
    unknown.length ? el('section', { 'aria-label': 'Unknown values' }, el('h2', {}, 'Unknown values'), el('p', { class: 'note' }, 'Values set by templates or invalid fields are not guessed; the totals leave them out (shown as ?).'), el('ul', {}, ...unknown.flatMap((r) => r.unknown.map((u) => el('li', {}, `${r.name ?? '(no name)'}: ${u}`))))) : null,
    el('p', { class: 'note' }, 'Session jobs run in their session cluster, whose pods are counted there.'));
}

function resourceRows(r: ResourceProjection, index: number, on: ReportHandlers): HTMLElement[] {
  const h = fromRow(r);
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const warnings = r.findings.filter((f) => f.severity === 'warning').length;
  const name = el('button', { type: 'button', class: 'link', title: `${r.file}:${r.line}` }, qualifiedName(r));
  name.addEventListener('click', () => on.open(index));
  const toggle = el('button', { type: 'button', class: 'details-toggle', 'aria-expanded': 'false', 'aria-controls': `details-${index}` }, 'Details');
  const details = el('tr', { class: 'details', id: `details-${index}`, hidden: '' }, el('td', { colspan: String(COLUMNS.length) }, detail(r)));
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    details.hidden = !open;
  });
  const main = el('tr', {},
    el('td', { class: 'name' }, name), el('td', {}, r.kind), el('td', {}, r.mode ?? '?'), el('td', { class: 'num' }, r.clusterType === 'session' ? '–' : q(r.parallelism)),
    el('td', { class: 'num' }, `${q(h.taskManagers)} × ${q(r.slotsPerTaskManager)}`), el('td', { class: 'num' }, r.clusterType === 'session-job' ? '–' : q(h.pods)),
    el('td', { class: 'num' }, r.clusterType === 'session-job' ? '–' : q(h.cpu)), el('td', { class: 'num' }, r.clusterType === 'session-job' ? '–' : size(h.memoryBytes)),
    el('td', { class: errors ? 'error' : '' }, [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ') || 'none'), el('td', {}, toggle));
  return [main, details];
}

function detail(r: ResourceProjection): HTMLElement {
  const pod = (p: ResourceProjection['taskManager']) => `${cpu(p.cpu)} (limit ${q(p.cpuLimit)}) · ${size(p.memoryRequestBytes)} (limit ${size(p.memoryLimitBytes)})`;
  const items: Array<[string, string]> = [['file', `${r.file}:${r.line}`], ['slots needed / total', `${q(r.slotsNeeded)} / ${q(r.totalSlots)}`], ['TaskManager pod', pod(r.taskManager)]];
  if (r.clusterType !== 'session-job') items.push(['JobManagers', q(r.jobManagers)], ['JobManager pod', pod(r.jobManager)], ['limits in total', `${cpu(r.totals.cpuLimit)} · ${size(r.totals.memoryLimitBytes)}`]);
  else items.push(['session cluster', r.sessionCluster ?? 'not found']);
  const failure = startFailure(r);
  if (failure) items.push(['cannot start', failure]);
  for (const f of r.findings) items.push([`line ${f.line} ${f.severity}`, `${f.rule}: ${f.message}`]);
  return el('dl', {}, ...items.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

function totals(rows: readonly ResourceProjection[]): HTMLElement {
  const { namespaces, all } = reportTotals(rows);
  const row = (label: string, t: TotalsRow, strong = false) => el('tr', { class: strong ? 'all' : '' }, el('th', { scope: 'row' }, label), el('td', { class: 'num' }, String(t.resources)), el('td', { class: 'num' }, q(t.pods)), el('td', { class: 'num' }, `${q(t.cpu)} / ${q(t.cpuLimit)}`), el('td', { class: 'num' }, `${size(t.memoryBytes)} / ${size(t.memoryLimitBytes)}`));
  return el('section', { 'aria-label': 'Totals' }, el('h2', {}, 'Totals'),
    el('table', { class: 'totals' }, el('thead', {}, el('tr', {}, ...['namespace', 'resources', 'pods', 'CPU (request / limit)', 'memory (request / limit)'].map((c) => el('th', { scope: 'col' }, c)))),
      el('tbody', {}, ...namespaces.map((t) => row(t.namespace || '(not set)', t)), row('all', all, true))));
}
