/**
 * One resource as plain JSON data for reports (CLI `--format json`, the editor's report):
 * numbers in bytes and CPUs, `null` whenever a value cannot be known, and the reason for each.
 */

import { isKnown } from '../yaml/fields';
import { FlinkResource } from '../model/types';
import { LineIndex } from '../text/line-index';
import { flinkVersionName } from '../versions/names';
import { Derived } from '../projection/derived';
import { Projection, MemoryOutcome, AutoscalerRange } from '../projection/types';
import { TaskManagerMemory } from '../projection/tm-memory';
import { JobManagerMemory } from '../projection/jm-memory';
import { MemoryFailure } from '../projection/memory-common';

export interface PodRow {
  count: number | null;
  cpu: number | null;
  cpuLimit: number | null;
  /** Total process memory of one pod. */
  memoryBytes: number | null;
  memoryRequestBytes: number | null;
  memoryLimitBytes: number | null;
  memory: Record<string, number> | null;
  memoryError: MemoryFailure | null;
}

export interface ResourceRow {
  file: string;
  line: number;
  kind: string;
  name: string | null;
  namespace: string | null;
  clusterType: string;
  mode: string | null;
  flinkVersion: string | null;
  parallelism: number | null;
  slotsPerTaskManager: number | null;
  slotSharingGroups: Array<{ group: string; slots: number | null }>;
  slotsNeeded: number | null;
  totalSlots: number | null;
  idleSlots: number | null;
  missingSlots: number | null;
  taskManagers: number | null;
  jobManagers: number | null;
  statusReplicas: number | null;
  jobParallelismIgnored: number | null;
  sessionCluster: string | null;
  sessionJobs: Array<{ name: string; slots: number | null }> | null;
  taskManager: PodRow;
  jobManager: PodRow;
  totals: { pods: number | null; cpu: number | null; cpuLimit: number | null; memoryBytes: number | null; memoryLimitBytes: number | null };
  autoscaler: AutoscalerRange | null;
  /** Flink 2.3 persistent volume claims mounted into every pod: claim and mount path. */
  persistentVolumeClaims: { claims: Array<{ claim: string; mountPath: string }>; readOnly: boolean } | null;
  reasons: Record<string, string>;
  unknown: string[];
}

/** `offset` moves chunk-relative resources to whole-text lines (see incremental/analyzer.ts). */
export function resourceRow(file: string, lines: LineIndex, resource: FlinkResource, p: Projection, offset = 0): ResourceRow {
  return {
    file,
    line: lines.position(resource.start + offset).line + 1,
    kind: resource.kind,
    name: textOf(resource.name),
    namespace: textOf(resource.namespace),
    clusterType: p.clusterType,
    mode: p.mode.value,
    flinkVersion: p.flinkVersion.value === null ? null : flinkVersionName(p.flinkVersion.value),
    parallelism: p.parallelism.value,
    slotsPerTaskManager: p.slotsPerTaskManager.value,
    slotSharingGroups: p.slotSharingGroups.map((g) => ({ group: g.label, slots: g.slots })),
    slotsNeeded: p.slotsNeeded.value,
    totalSlots: p.totalSlots.value,
    idleSlots: p.idleSlots.value,
    missingSlots: p.missingSlots.value,
    taskManagers: p.taskManager.count.value,
    jobManagers: p.jobManager.count.value,
    statusReplicas: p.statusReplicas.value,
    jobParallelismIgnored: (p.ignoredJobParallelism ?? p.overriddenJobParallelism)?.value ?? null,
    sessionCluster: p.sessionCluster ?? null,
    sessionJobs: p.sessionJobs ? p.sessionJobs.map((j) => ({ ...j })) : null,
    taskManager: podRow(p.taskManager, tmBreakdown),
    jobManager: podRow(p.jobManager, jmBreakdown),
    totals: { pods: p.totals.pods.value, cpu: p.totals.cpu.value, cpuLimit: p.totals.cpuLimit.value, memoryBytes: p.totals.memoryBytes.value, memoryLimitBytes: p.totals.memoryLimitBytes.value },
    autoscaler: p.autoscaler ?? null,
    persistentVolumeClaims: p.volumeClaims && 'claims' in p.volumeClaims ? { claims: p.volumeClaims.claims.map((c) => ({ ...c })), readOnly: p.volumeClaims.readOnly } : null,
    reasons: reasons(p),
    unknown: [...p.unknown],
  };
}

function podRow<M>(pod: Projection['taskManager'] | Projection['jobManager'], breakdown: (m: M) => Record<string, number>): PodRow {
  const memory = pod.memory as MemoryOutcome<M>;
  return {
    count: pod.count.value,
    cpu: pod.cpu.value,
    cpuLimit: pod.cpuLimit.value,
    memoryBytes: pod.processBytes.value,
    memoryRequestBytes: pod.memoryRequestBytes.value,
    memoryLimitBytes: pod.memoryLimitBytes.value,
    memory: memory.status === 'ok' ? breakdown(memory.value) : null,
    memoryError: memory.status === 'failed' ? memory.failure : null,
  };
}

function tmBreakdown(m: TaskManagerMemory): Record<string, number> {
  const { frameworkHeap, taskHeap, managed, network, frameworkOffHeap, taskOffHeap, metaspace, overhead, flink, jvmHeap, maxDirect } = m;
  return numbers({ frameworkHeap, taskHeap, managed, network, frameworkOffHeap, taskOffHeap, metaspace, overhead, totalFlink: flink, jvmHeap, maxDirect });
}

function jmBreakdown(m: JobManagerMemory): Record<string, number> {
  return numbers({ heap: m.heap, offHeap: m.offHeap, metaspace: m.metaspace, overhead: m.overhead, totalFlink: m.flink });
}

function numbers(values: Record<string, bigint>): Record<string, number> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)]));
}

function reasons(p: Projection): Record<string, string> {
  const pick: Record<string, Derived<unknown>> = {
    mode: p.mode, parallelism: p.parallelism, slotsPerTaskManager: p.slotsPerTaskManager, slotsNeeded: p.slotsNeeded,
    taskManagers: p.taskManager.count, jobManagers: p.jobManager.count, statusReplicas: p.statusReplicas,
    'taskManager.cpu': p.taskManager.cpu, 'taskManager.cpuLimit': p.taskManager.cpuLimit, 'jobManager.cpu': p.jobManager.cpu,
    'taskManager.memoryLimitBytes': p.taskManager.memoryLimitBytes, 'jobManager.memoryLimitBytes': p.jobManager.memoryLimitBytes,
  };
  return Object.fromEntries(Object.entries(pick).map(([k, d]) => [k, d.reason]));
}

function textOf(field: Parameters<typeof isKnown>[0]): string | null {
  return isKnown(field) && field.value !== null ? String(field.value) : null;
}
