/**
 * JobManager and TaskManager memory for the projection: the JVM layout that runs, or the first
 * stage that fails (memory/stages.ts), and the process size each pod is sized from (§12.1-12.2).
 * When the Flink version or the mode is unknown, every possibility is tried; a value is only
 * given when they all agree.
 */

import { FlinkLine } from '../memory/flink-line';
import { jobManagerStages, MemoryInputs, StageResult, taskManagerStages } from '../memory/stages';
import { Unresolvable } from '../memory/faults';
import { exactSize } from '../format/numbers';
import { ClusterContext } from './cluster-context';
import { JobManagerMemory, jobManagerMemory } from './jm-memory';
import { TaskManagerMemory, taskManagerMemory } from './tm-memory';
import { MemoryOutcome } from './types';

export interface RoleMemory<M> {
  readonly outcome: MemoryOutcome<M>;
  /** The process size the pod's memory request is made from, with why. */
  readonly pod?: { readonly bytes: bigint; readonly reason: string };
}

export interface Memories {
  readonly taskManager: RoleMemory<TaskManagerMemory>;
  readonly jobManager: RoleMemory<JobManagerMemory>;
}

const LINES_IF_UNKNOWN: readonly FlinkLine[] = [{ version: 116 }, { version: 120 }, { version: 200 }];

export function roleMemories(cluster: ClusterContext, operatorVersion: string): Memories {
  if (cluster.missing) return { taskManager: { outcome: { status: 'unknown', reason: cluster.missing } }, jobManager: { outcome: { status: 'unknown', reason: cluster.missing } } };
  const version = cluster.flinkVersion.value;
  const lines = version === null ? LINES_IF_UNKNOWN : [{ version }];
  const modes = cluster.mode.value === null ? [true, false] : [cluster.mode.value === 'native'];
  const variants = lines.flatMap((line) => modes.map((native): MemoryInputs => ({ full: cluster.config, validator: cluster.validatorConfig, specMemory: cluster.specMemory, line, native, operatorVersion })));
  const why = version === null ? `the Flink version is unknown (${cluster.flinkVersion.reason})` : `the mode is unknown (${cluster.mode.reason})`;
  return {
    jobManager: agreed(variants.map((v) => attempt(() => jobManager(jobManagerStages(v)))), why),
    taskManager: agreed(variants.map((v) => attempt(() => taskManager(taskManagerStages(v)))), why),
  };
}

function jobManager(result: ReturnType<typeof jobManagerStages>): RoleMemory<JobManagerMemory> {
  if (!result.ok) return failed(result);
  const layout = jobManagerMemory(result.value.layout);
  const pod = result.value.podProcess;
  const reason = pod === layout.process ? 'total process memory' : `the operator reads the legacy heap size as the process size (${exactSize(pod)}), while the JVM inside is laid out for ${exactSize(layout.process)}`;
  return { outcome: { status: 'ok', value: layout }, pod: { bytes: pod, reason } };
}

function taskManager(result: ReturnType<typeof taskManagerStages>): RoleMemory<TaskManagerMemory> {
  if (!result.ok) return failed(result);
  const layout = taskManagerMemory(result.value.layout);
  const pod = result.value.podProcess;
  if (pod === layout.process) return { outcome: { status: 'ok', value: layout }, pod: { bytes: pod, reason: 'total process memory' } };
  const overhead = pod - layout.flink - layout.metaspace;
  const reason = `the JobManager sizes TaskManager pods from total Flink memory ${exactSize(layout.flink)} + metaspace ${exactSize(layout.metaspace)} + a JVM overhead derived again from its fraction (${exactSize(overhead)}), not from the ${exactSize(layout.overhead)} left over in the ${exactSize(layout.process)} process`;
  return { outcome: { status: 'ok', value: layout }, pod: { bytes: pod, reason } };
}

function failed<M>(result: Extract<StageResult<unknown>, { ok: false }>): RoleMemory<M> {
  const { stage, flinkMessage, explanation } = result.failure;
  return { outcome: { status: 'failed', failure: { message: explanation, flinkMessage, stage } } };
}

function attempt<M>(derive: () => RoleMemory<M>): RoleMemory<M> {
  try {
    return derive();
  } catch (error) {
    if (error instanceof Unresolvable) return { outcome: { status: 'unknown', reason: error.message } };
    throw error;
  }
}

/** One variant is the answer; several must agree, else the value depends on what is unknown. */
function agreed<M>(results: RoleMemory<M>[], why: string): RoleMemory<M> {
  const first = results[0] ?? { outcome: { status: 'unknown', reason: why } };
  if (results.length === 1) return first;
  const key = (r: RoleMemory<M>) => JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
  if (results.every((r) => key(r) === key(first))) return first;
  const unknown = results.find((r) => r.outcome.status === 'unknown');
  if (unknown) return unknown;
  const outcomes = results.map((r) => JSON.stringify(r.outcome, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));
  if (outcomes.every((o) => o === outcomes[0])) return { outcome: first.outcome };
  return { outcome: { status: 'unknown', reason: `the memory layout depends on what is not known: ${why}` } };
}
