/** The human-readable `flink-k8s report`: one block per resource, every number with its reason. */

import { ResourceRow, PodRow } from '../core/report/row';
import { cpu, num as show, plural, size } from '../core/format/numbers';
import { qualifiedName } from '../core/format/names';

export function renderText(rows: readonly ResourceRow[]): string {
  if (rows.length === 0) return '';
  return rows.map(renderRow).join('\n') + '\n' + renderSummary(rows);
}

function renderRow(r: ResourceRow): string {
  const lines = [`${r.file}:${r.line}  ${r.kind} ${qualifiedName(r)}`];
  lines.push(`  ${[r.clusterType, r.mode ?? 'mode unknown', r.flinkVersion ? `Flink ${r.flinkVersion}` : 'no flinkVersion'].join(' · ')}`);
  const row = (label: string, value: string, reason?: string) => lines.push(`  ${label.padEnd(16)} ${value.padEnd(10)}${reason ? ` ${reason}` : ''}`.trimEnd());
  if (r.clusterType !== 'session') row('parallelism', show(r.parallelism), r.reasons.parallelism);
  row('slots', `${show(r.slotsNeeded)} needed`, slotsDetail(r));
  row('TaskManagers', show(r.taskManagers), r.reasons.taskManagers);
  if (r.clusterType !== 'session-job') row('JobManagers', show(r.jobManagers), r.reasons.jobManagers);
  if (r.statusReplicas !== null && r.statusReplicas !== r.taskManagers) row('status replicas', show(r.statusReplicas), 'what the operator reports in status.taskManager.replicas');
  pod(lines, 'TaskManager pod', r.taskManager, tmMemory);
  if (r.clusterType !== 'session-job') pod(lines, 'JobManager pod', r.jobManager, jmMemory);
  if (r.clusterType !== 'session-job') row('total', `${plural(r.totals.pods, 'pod')} · ${cpu(r.totals.cpu)} · ${size(r.totals.memoryBytes)}`);
  else row('runs in', r.sessionCluster ?? 'its session cluster (not found)');
  if (r.autoscaler) row('autoscaler', autoscaler(r));
  if (r.jobParallelismIgnored !== null) row('note', `job.parallelism ${r.jobParallelismIgnored} is ignored because taskManager.replicas is set`);
  for (const u of r.unknown) row('unknown', u);
  return lines.join('\n') + '\n';
}

function slotsDetail(r: ResourceRow): string {
  const groups = r.slotSharingGroups.length > 1 ? `, groups ${r.slotSharingGroups.map((g) => show(g.slots)).join(' + ')}` : '';
  const missing = r.missingSlots ? `, ${r.missingSlots} MISSING` : '';
  return `${show(r.totalSlots)} in ${plural(r.taskManagers, 'TaskManager')} × ${show(r.slotsPerTaskManager)} (${show(r.idleSlots)} idle${missing}${groups})`;
}

function pod(lines: string[], label: string, p: PodRow, memory: (m: Record<string, number>) => string): void {
  const limit = p.memoryLimitBytes !== p.memoryRequestBytes ? ` (limit ${size(p.memoryLimitBytes)})` : '';
  const cpuLimit = p.cpuLimit !== p.cpu ? ` (limit ${show(p.cpuLimit)})` : '';
  lines.push(`  ${label.padEnd(16)} ${cpu(p.cpu)}${cpuLimit} · ${size(p.memoryRequestBytes)}${limit}`);
  if (p.memory) lines.push(`    memory         ${memory(p.memory)}`);
  if (p.memoryError) lines.push(`    FAILS          ${p.memoryError.message}`);
}

function tmMemory(m: Record<string, number>): string {
  return `task heap ${size(m.taskHeap)} · managed ${size(m.managed)} · network ${size(m.network)} · framework heap ${size(m.frameworkHeap)} · framework off-heap ${size(m.frameworkOffHeap)} · task off-heap ${size(m.taskOffHeap)} · metaspace ${size(m.metaspace)} · overhead ${size(m.overhead)}`;
}

function jmMemory(m: Record<string, number>): string {
  return `heap ${size(m.heap)} · off-heap ${size(m.offHeap)} · metaspace ${size(m.metaspace)} · overhead ${size(m.overhead)}`;
}

function autoscaler(r: ResourceRow): string {
  const a = r.autoscaler;
  if (!a || a.minParallelism === null) return `enabled (${a?.reason ?? ''})`;
  return `parallelism ${a.minParallelism}..${a.maxParallelism}, TaskManagers ${show(a.taskManagers.min)}..${show(a.taskManagers.max)}, ${show(a.cpu.min)}..${cpu(a.cpu.max)}, ${size(a.memoryBytes.min)}..${size(a.memoryBytes.max)}`;
}

function renderSummary(rows: readonly ResourceRow[]): string {
  const counted = rows.filter((r) => r.clusterType !== 'session-job');
  const total = (pick: (r: ResourceRow) => number | null) => (counted.some((r) => pick(r) === null) ? null : counted.reduce((s, r) => s + (pick(r) ?? 0), 0));
  return `${plural(rows.length, 'Flink resource')}: ${plural(total((r) => r.totals.pods), 'pod')} · ${cpu(total((r) => r.totals.cpu))} · ${size(total((r) => r.totals.memoryBytes))}\n`;
}
