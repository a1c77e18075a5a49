/**
 * One pod type (JobManager or TaskManager): its memory model outcome, container memory request
 * and limit (whole MiB × limit factor, flink-semantics.md §5.3) and CPU.
 */

import { MIB } from '../units/memory-size';
import { EffectiveConfig } from './effective-config';
import { readDouble, readMemory } from './config-values';
import { Derived, derived, notKnown } from './derived';
import { RoleMemory } from './memory';
import { Cpu, fromRead } from './cpu';
import { MemoryOutcome, PodProjection } from './types';

const INT_MAX = 2147483647;

export function podProjection<M extends { process: bigint }>(config: EffectiveConfig, count: Derived<number>, cpu: Cpu, memory: RoleMemory<M>, role: 'jobmanager' | 'taskmanager'): PodProjection<M> {
  const limitFactorKey = `kubernetes.${role}.memory.limit-factor`;
  const process = processOf(config, memory.outcome, `${role}.memory.process.size`);
  const pod = memory.pod ? derived(Number(memory.pod.bytes), memory.pod.reason) : memory.outcome.status === 'ok' ? notKnown<number>('the pod size is not known') : process;
  const requestMiB = pod.value === null ? null : Number(BigInt(pod.value) / MIB);
  const request = requestMiB === null ? notKnown<number>(pod.reason) : derived(requestMiB * Number(MIB), `${requestMiB} MiB: ${pod.reason}, in whole MiB`);
  return { count, cpu: cpu.cpu, cpuLimit: cpu.limit, processBytes: process, memoryRequestBytes: request, memoryLimitBytes: limitOf(config, requestMiB, limitFactorKey, pod.reason), memory: memory.outcome };
}

/** The process size, also when Flink's derivation fails (the operator still sizes the pod). */
function processOf<M extends { process: bigint }>(config: EffectiveConfig, memory: MemoryOutcome<M>, key: string): Derived<number> {
  if (memory.status === 'ok') return derived(Number(memory.value.process), 'total process memory');
  const set = readMemory(config, undefined, key);
  if (set.kind === 'value' && set.value !== undefined) return derived(Number(set.value), `${set.setting?.source ?? key}`);
  return notKnown(memory.status === 'failed' ? memory.failure.message : memory.reason);
}

/** Flink casts MiB × factor to a Java int, which saturates. */
function limitOf(config: EffectiveConfig, requestMiB: number | null, key: string, reason: string): Derived<number> {
  if (requestMiB === null) return notKnown(reason);
  const factor = readDouble(config, 1, key);
  if (factor.kind !== 'value') return fromRead(factor);
  const f = factor.value ?? 1;
  const limitMiB = Math.min(Math.trunc(requestMiB * f), INT_MAX);
  return derived(limitMiB * Number(MIB), f === 1 ? 'equal to the request' : `${requestMiB} MiB × memory limit factor ${f}`);
}
