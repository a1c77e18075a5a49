/**
 * pod-memory: a pod whose memory request is not the memory written (§12.1: a native JobManager
 * re-derives the TaskManager's JVM overhead from total Flink memory when it sizes the pod), and a
 * JobManager whose JVM is laid out for more memory than its pod (§12.2: a legacy heap key is the
 * pod's process size to the operator but the heap to the JVM).
 */

import { renameKey } from '../edits/yaml-edit';
import { MIB } from '../units/memory-size';
import { Span } from '../text/span';
import { ownEntry, roleOf } from './helpers';
import { memoryFields } from './memory-fields';
import { Report, ResourceContext, ResourceRule } from './types';

const MiB = Number(MIB);

export const podMemory: ResourceRule = {
  id: 'pod-memory',
  severity: 'info',
  doc: {
    summary: 'A pod that asks Kubernetes for other memory than written, or a JobManager JVM larger than its pod.',
    why: 'The JobManager sizes TaskManager pods from its own derivation, and the operator reads the legacy jobmanager.heap.size as the pod size while the JVM reads it as the heap, which gets the pod OOM-killed.',
    before: 'flinkConfiguration:\n  jobmanager.heap.size: 1g',
    after: 'flinkConfiguration:\n  jobmanager.memory.process.size: 1g',
  },
  check(ctx: ResourceContext): Report[] {
    const p = ctx.projection;
    if (!p || ctx.resource.kind === 'FlinkSessionJob') return [];
    return [...taskManagerPod(ctx), ...jobManagerJvm(ctx)];
  },
};

function taskManagerPod(ctx: ResourceContext): Report[] {
  const tm = ctx.projection?.taskManager;
  if (!tm || tm.memory.status !== 'ok' || tm.memoryRequestBytes.value === null || tm.count.value === 0) return [];
  const pod = tm.memoryRequestBytes.value / MiB;
  const written = Math.floor(Number(tm.memory.value.process) / MiB);
  if (pod === written) return [];
  const field = memoryFields(roleOf(ctx.resource.spec, 'taskManager'))[0]?.field;
  const span: Span = field?.span ?? ownEntry(ctx, 'taskmanager.memory.flink.size')?.keySpan ?? roleOf(ctx.resource.spec, 'taskManager')?.keySpan ?? ctx.resource.kindSpan;
  const overhead = tm.memory.value.overhead;
  const rederived = BigInt(tm.memoryRequestBytes.value) - tm.memory.value.flink - tm.memory.value.metaspace;
  return [{
    message: `TaskManager pods will request ${pod} MiB, not the ${written} MiB of their process size: the JobManager sizes them from total Flink memory plus metaspace and a JVM overhead derived again from its fraction (about ${Math.round(Number(rederived) / MiB)} MiB instead of ${Math.round(Number(overhead) / MiB)} MiB). The JVMs inside are the same.`,
    span,
  }];
}

function jobManagerJvm(ctx: ResourceContext): Report[] {
  const jm = ctx.projection?.jobManager;
  if (!jm || jm.memory.status !== 'ok' || jm.memoryRequestBytes.value === null) return [];
  const pod = jm.memoryRequestBytes.value / MiB;
  const layout = Number(jm.memory.value.process) / MiB;
  if (layout <= pod) return [];
  const entry = ownEntry(ctx, 'jobmanager.heap.size') ?? ownEntry(ctx, 'jobmanager.heap.mb');
  const span = entry?.keySpan ?? roleOf(ctx.resource.spec, 'jobManager')?.keySpan ?? ctx.resource.kindSpan;
  const key = entry?.key ?? 'the legacy heap size';
  const fixes = entry?.key === 'jobmanager.heap.size' && !entry.nested && !ownEntry(ctx, 'jobmanager.memory.process.size') ? [{ title: 'Rename to jobmanager.memory.process.size (the pod size it already has)', edits: [renameKey(entry.keySpan, 'jobmanager.memory.process.size')], preferred: true }] : [];
  return [{
    message: `${key} makes a ${pod} MiB JobManager pod, but the JVM inside treats it as the heap and is laid out for ${Math.floor(layout)} MiB (heap ${Math.round(Number(jm.memory.value.heap) / MiB)} MiB): the container can be OOM-killed under load. ${key} is deprecated; set jobmanager.memory.process.size or spec.jobManager memory instead.`,
    span,
    severity: 'warning',
    fixes,
  }];
}
