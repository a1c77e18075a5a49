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
import { Json, rolePodTemplate } from '../pod-template/merge';
import { podRequests } from '../pod-template/requests';

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
  /**
   * The whole pod as Kubernetes schedules it when the pod template adds containers or init
   * containers that request CPU or memory (the fields above are Flink's main container); null otherwise.
   */
  pod: PodTotal | null;
}

export interface PodTotal {
  cpu: number | null;
  memoryRequestBytes: number | null;
  containers: string[];
  reason: string;
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
  /** CPU and memory requests over all pods with the pod templates' other containers; null when they add none. */
  podTotals: { cpu: number | null; memoryBytes: number | null } | null;
  autoscaler: AutoscalerRange | null;
  /** Flink 2.3 persistent volume claims mounted into every pod: claim and mount path. */
  persistentVolumeClaims: { claims: Array<{ claim: string; mountPath: string }>; readOnly: boolean } | null;
  reasons: Record<string, string>;
  unknown: string[];
}

/** `offset` moves chunk-relative resources to whole-text lines (see incremental/analyzer.ts). */
export function resourceRow(file: string, lines: LineIndex, resource: FlinkResource, p: Projection, offset = 0): ResourceRow {
  const taskManager = podRow(p.taskManager, tmBreakdown, resource.kind === 'FlinkSessionJob' ? undefined : rolePodTemplate(resource, 'taskManager'));
  const jobManager = podRow(p.jobManager, jmBreakdown, resource.kind === 'FlinkSessionJob' ? undefined : rolePodTemplate(resource, 'jobManager'));
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
    taskManager,
    jobManager,
    totals: { pods: p.totals.pods.value, cpu: p.totals.cpu.value, cpuLimit: p.totals.cpuLimit.value, memoryBytes: p.totals.memoryBytes.value, memoryLimitBytes: p.totals.memoryLimitBytes.value },
    podTotals: podTotals(taskManager, jobManager),
    autoscaler: p.autoscaler ?? null,
    persistentVolumeClaims: p.volumeClaims && 'claims' in p.volumeClaims ? { claims: p.volumeClaims.claims.map((c) => ({ ...c })), readOnly: p.volumeClaims.readOnly } : null,
    reasons: reasons(p),
    unknown: [...p.unknown],
  };
}

function podRow<M>(pod: Projection['taskManager'] | Projection['jobManager'], breakdown: (m: M) => Record<string, number>, template: Json | undefined): PodRow {
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
    pod: podTotal(template, pod.cpu.value, pod.memoryRequestBytes.value),
  };
}

function podTotal(template: Json | undefined, cpu: number | null, memoryBytes: number | null): PodTotal | null {
  const known = cpu !== null && memoryBytes !== null;
  const r = podRequests(template, { cpu: cpu ?? 0, memoryBytes: memoryBytes ?? 0 });
  if (!r) return null;
  if (!known) return { cpu: null, memoryRequestBytes: null, containers: r.containers, reason: "Flink's container is not sized yet" };
  return { cpu: r.total?.cpu ?? null, memoryRequestBytes: r.total?.memoryBytes ?? null, containers: r.containers, reason: r.reason };
}

/** Σ pods × the whole pod's request (Flink's container alone where the template adds nothing). */
function podTotals(tm: PodRow, jm: PodRow): ResourceRow['podTotals'] {
  if (!tm.pod && !jm.pod) return null;
  const sum = (pick: (p: PodRow) => number | null) => {
    let total = 0;
    for (const p of [tm, jm]) {
      if (p.count === 0) continue;
      const each = pick(p);
      if (p.count === null || each === null) return null;
      total += p.count * each;
    }
    return total;
  };
  const cpu = sum((p) => (p.pod ? p.pod.cpu : p.cpu));
  return { cpu: cpu === null ? null : Math.round(cpu * 1000) / 1000, memoryBytes: sum((p) => (p.pod ? p.pod.memoryRequestBytes : p.memoryRequestBytes)) };
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
    'taskManager.memoryRequestBytes': p.taskManager.memoryRequestBytes, 'jobManager.memoryRequestBytes': p.jobManager.memoryRequestBytes,
    'taskManager.memoryLimitBytes': p.taskManager.memoryLimitBytes, 'jobManager.memoryLimitBytes': p.jobManager.memoryLimitBytes,
  };
  return Object.fromEntries(Object.entries(pick).map(([k, d]) => [k, d.reason]));
}

function textOf(field: Parameters<typeof isKnown>[0]): string | null {
  return isKnown(field) && field.value !== null ? String(field.value) : null;
}
