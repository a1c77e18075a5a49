/** A resource's projection as Markdown (the "Show Projection" command and CodeLens). */

import type { ResourceRow } from '../../server/src/core/report/row';

const MIB = 2 ** 20;

export function projectionMarkdown(rows: readonly ResourceRow[]): string {
  return rows.map(one).join('\n\n') || 'No Flink resource in this file.';
}

function one(r: ResourceRow): string {
  const q = (v: number | null) => (v === null ? '?' : String(v));
  const mib = (v: number | null | undefined) => (v === null || v === undefined ? '?' : `${Math.round((v / MIB) * 10) / 10} MiB`);
  const lines = [
    `# ${r.kind} ${escape(r.namespace ? `${r.namespace}/` : '')}${escape(r.name ?? '(no name)')}`,
    '',
    `${r.clusterType}, ${r.mode ?? 'mode unknown'}, Flink ${r.flinkVersion ?? '?'}`,
    '',
    '| | value | why |',
    '|---|---|---|',
    `| parallelism | ${q(r.parallelism)} | ${escape(r.reasons.parallelism ?? '')} |`,
    `| slots needed | ${q(r.slotsNeeded)} of ${q(r.totalSlots)} | ${escape(r.reasons.slotsNeeded ?? '')} |`,
    `| TaskManagers | ${q(r.taskManagers)} × ${q(r.slotsPerTaskManager)} slots | ${escape(r.reasons.taskManagers ?? '')} |`,
    `| JobManagers | ${q(r.jobManagers)} | ${escape(r.reasons.jobManagers ?? '')} |`,
    `| TaskManager pod | ${q(r.taskManager.cpu)} CPU, ${mib(r.taskManager.memoryRequestBytes)} | |`,
    `| JobManager pod | ${q(r.jobManager.cpu)} CPU, ${mib(r.jobManager.memoryRequestBytes)} | |`,
    `| total | ${q(r.totals.pods)} pods, ${q(r.totals.cpu)} CPU, ${mib(r.totals.memoryBytes)} | |`,
  ];
  if (r.taskManager.memory) lines.push('', `TaskManager memory: ${Object.entries(r.taskManager.memory).map(([k, v]) => `${k} ${mib(v)}`).join(', ')}`);
  if (r.unknown.length) lines.push('', ...r.unknown.map((u) => `- unknown: ${escape(u)}`));
  return lines.join('\n');
}

/** Names come from the user's YAML: keep Markdown and HTML inert. */
export function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>&]/g, (c) => `\\${c}`);
}
