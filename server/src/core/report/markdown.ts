/**
 * The resource report as Markdown (one row per resource, totals per namespace and overall, notes
 * on unknown values), CSV and JSON. Every user-written string goes through escape.ts so a name
 * cannot inject Markdown, HTML, links or spreadsheet formulas.
 */

import type { ResourceRow } from './row';
import { csvField, markdownText as cell } from './escape';
import { num as n, plural, size as mem } from '../format/numbers';
import { reportTotals, TotalsRow } from './totals';

export type ReportRow = ResourceRow & { readonly findings: ReadonlyArray<{ readonly severity: string }> };

export function reportMarkdown(rows: readonly ReportRow[], scope: string): string {
  const lines = [`# Flink resources: ${cell(scope)}`, '', `${plural(rows.length, 'resource')}.`, ''];
  lines.push('| namespace | name | kind | mode | parallelism | slots needed / total | TaskManagers | JobManagers | TaskManager CPU (req/limit) | TaskManager memory (req/limit) | JobManager CPU | JobManager memory | pods | CPU | memory | findings |');
  lines.push('|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of rows) {
    const tm = r.taskManager;
    const jm = r.jobManager;
    lines.push(`| ${cell(r.namespace ?? '')} | ${cell(r.name ?? '(no name)')} | ${cell(r.kind)} | ${cell(r.mode ?? '?')} | ${n(r.parallelism)} | ${n(r.slotsNeeded)} / ${n(r.totalSlots)} | ${n(r.taskManagers)} | ${n(r.jobManagers)} | ${n(tm.cpu)} / ${n(tm.cpuLimit)} | ${mem(tm.memoryRequestBytes)} / ${mem(tm.memoryLimitBytes)} | ${n(jm.cpu)} | ${mem(jm.memoryRequestBytes)} | ${n(r.totals.pods)} | ${n(r.totals.cpu)} | ${mem(r.totals.memoryBytes)} | ${findings(r)} |`);
  }
  lines.push('', '## Totals', '', '| namespace | resources | pods | CPU (req/limit) | memory (req/limit) |', '|---|---:|---:|---:|---:|');
  const totals = reportTotals(rows);
  for (const t of totals.namespaces) lines.push(totalRow(cell(t.namespace || '(not set)'), t));
  lines.push(totalRow('**all**', totals.all));
  const unknown = rows.filter((r) => r.unknown.length > 0);
  if (unknown.length) {
    lines.push('', '## Unknown values', '', 'Values set by templates or invalid fields are not guessed; the totals above leave them out (shown as ?).', '');
    for (const r of unknown) for (const u of r.unknown) lines.push(`- ${cell(r.name ?? '(no name)')}: ${cell(u)}`);
  }
  lines.push('', 'Session jobs run in their session cluster, whose pods are counted there.');
  return `${lines.join('\n')}\n`;
}

function totalRow(label: string, t: TotalsRow): string {
  return `| ${[label, String(t.resources), n(t.pods), `${n(t.cpu)} / ${n(t.cpuLimit)}`, `${mem(t.memoryBytes)} / ${mem(t.memoryLimitBytes)}`].join(' | ')} |`;
}

function findings(r: ReportRow): string {
  const count = (s: string) => r.findings.filter((f) => f.severity === s).length;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'info')}`;
}

export function reportCsv(rows: readonly ReportRow[]): string {
  const header = ['file', 'line', 'namespace', 'name', 'kind', 'mode', 'parallelism', 'slotsNeeded', 'totalSlots', 'taskManagers', 'jobManagers', 'taskManagerCpu', 'taskManagerCpuLimit', 'taskManagerMemoryBytes', 'taskManagerMemoryLimitBytes', 'jobManagerCpu', 'jobManagerMemoryBytes', 'pods', 'cpu', 'memoryBytes', 'errors', 'warnings', 'infos'];
  const values = rows.map((r) => [r.file, r.line, r.namespace, r.name, r.kind, r.mode, r.parallelism, r.slotsNeeded, r.totalSlots, r.taskManagers, r.jobManagers, r.taskManager.cpu, r.taskManager.cpuLimit, r.taskManager.memoryRequestBytes, r.taskManager.memoryLimitBytes, r.jobManager.cpu, r.jobManager.memoryRequestBytes, r.totals.pods, r.totals.cpu, r.totals.memoryBytes, r.findings.filter((f) => f.severity === 'error').length, r.findings.filter((f) => f.severity === 'warning').length, r.findings.filter((f) => f.severity === 'info').length]);
  return `${[header, ...values].map((row) => row.map(csvField).join(',')).join('\n')}\n`;
}

export function reportJson(rows: readonly ReportRow[]): string {
  return `${JSON.stringify({ resources: rows }, null, 2)}\n`;
}
