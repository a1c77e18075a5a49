/** The human-readable `flink-k8s report`: one block per resource, every number with its reason. */

import { ResourceRow, PodRow } from '../core/report/row';

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

export function renderText(rows: readonly ResourceRow[]): string {
  if (rows.length === 0) return 'No Flink resources found.\n';
  return rows.map(renderRow).join('\n') + '\n' + renderSummary(rows);
}

function renderRow(r: ResourceRow): string {
  const lines = [`${r.file}:${r.line}  ${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name ?? '(no name)'}`];
  lines.push(`  ${[r.clusterType, r.mode ?? 'mode unknown', r.flinkVersion ? `Flink ${r.flinkVersion}` : 'no flinkVersion'].join(' · ')}`);
  const row = (label: string, value: string, reason?: string) => lines.push(`  ${label.padEnd(16)} ${value.padEnd(10)}${reason ? ` ${reason}` : ''}`.trimEnd());
  if (r.clusterType !== 'session') row('parallelism', show(r.parallelism), r.reasons.parallelism);
  row('slots', `${show(r.slotsNeeded)} needed`, slotsDetail(r));
  row('TaskManagers', show(r.taskManagers), r.reasons.taskManagers);
  if (r.clusterType !== 'session-job') row('JobManagers', show(r.jobManagers), r.reasons.jobManagers);
  if (r.statusReplicas !== null && r.statusReplicas !== r.taskManagers) row('status replicas', show(r.statusReplicas), 'what the operator reports in status.taskManager.replicas');
  pod(lines, 'TaskManager pod', r.taskManager, tmMemory);
  if (r.clusterType !== 'session-job') pod(lines, 'JobManager pod', r.jobManager, jmMemory);
  if (r.clusterType !== 'session-job') row('total', `${show(r.totals.pods)} pods · ${show(r.totals.cpu)} CPU · ${size(r.totals.memoryBytes)}`);
  else row('runs in', r.sessionCluster ?? 'its session cluster (not found)');
  if (r.autoscaler) row('autoscaler', autoscaler(r));
  if (r.jobParallelismIgnored !== null) row('note', `job.parallelism ${r.jobParallelismIgnored} is ignored because taskManager.replicas is set`);
  for (const u of r.unknown) row('unknown', u);
  return lines.join('\n') + '\n';
}

function slotsDetail(r: ResourceRow): string {
  const groups = r.slotSharingGroups.length > 1 ? `, groups ${r.slotSharingGroups.map((g) => show(g.slots)).join(' + ')}` : '';
  const missing = r.missingSlots ? `, ${r.missingSlots} MISSING` : '';
  return `${show(r.totalSlots)} in ${show(r.taskManagers)} TaskManagers × ${show(r.slotsPerTaskManager)} (${show(r.idleSlots)} idle${missing}${groups})`;
}

function pod(lines: string[], label: string, p: PodRow, memory: (m: Record<string, number>) => string): void {
  const limit = p.memoryLimitBytes !== p.memoryRequestBytes ? ` (limit ${size(p.memoryLimitBytes)})` : '';
  const cpuLimit = p.cpuLimit !== p.cpu ? ` (limit ${show(p.cpuLimit)})` : '';
  lines.push(`  ${label.padEnd(16)} ${show(p.cpu)} CPU${cpuLimit} · ${size(p.memoryRequestBytes)}${limit}`);
  if (p.memory) lines.push(`    memory         ${memory(p.memory)}`);
  if (p.memoryError) lines.push(`    FAILS          ${p.memoryError.message}`);
}

function tmMemory(m: Record<string, number>): string {
  return `task heap ${mib(m.taskHeap)} · managed ${mib(m.managed)} · network ${mib(m.network)} · framework heap ${mib(m.frameworkHeap)} · framework off-heap ${mib(m.frameworkOffHeap)} · task off-heap ${mib(m.taskOffHeap)} · metaspace ${mib(m.metaspace)} · overhead ${mib(m.overhead)}`;
}

function jmMemory(m: Record<string, number>): string {
  return `heap ${mib(m.heap)} · off-heap ${mib(m.offHeap)} · metaspace ${mib(m.metaspace)} · overhead ${mib(m.overhead)}`;
}

function autoscaler(r: ResourceRow): string {
  const a = r.autoscaler;
  if (!a || a.minParallelism === null) return `enabled (${a?.reason ?? ''})`;
  return `parallelism ${a.minParallelism}..${a.maxParallelism}, TaskManagers ${show(a.taskManagers.min)}..${show(a.taskManagers.max)}, ${show(a.cpu.min)}..${show(a.cpu.max)} CPU, ${size(a.memoryBytes.min)}..${size(a.memoryBytes.max)}`;
}

function renderSummary(rows: readonly ResourceRow[]): string {
  const counted = rows.filter((r) => r.clusterType !== 'session-job');
  const total = (pick: (r: ResourceRow) => number | null) => (counted.some((r) => pick(r) === null) ? null : counted.reduce((s, r) => s + (pick(r) ?? 0), 0));
  const cpu = total((r) => r.totals.cpu);
  return `${rows.length} Flink resource${rows.length === 1 ? '' : 's'}: ${show(total((r) => r.totals.pods))} pods · ${cpu === null ? '?' : Math.round(cpu * 1000) / 1000} CPU · ${size(total((r) => r.totals.memoryBytes))}\n`;
}

function show(value: number | null | undefined): string {
  return value === null || value === undefined ? '?' : String(value);
}

export function mib(bytes: number | undefined): string {
  if (bytes === undefined) return '?';
  return bytes === 0 ? '0' : `${Math.round((bytes / MIB) * 100) / 100} MiB`;
}

export function size(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '?';
  if (bytes >= GIB) return `${Math.round((bytes / GIB) * 100) / 100} GiB`;
  return mib(bytes);
}
