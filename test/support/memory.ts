/**
 * Flink's memory model on its own (no operator around it), for the vectors of Flink's own tests
 * (TaskExecutorProcessUtilsTest and friends): a configuration in, a layout or Flink's message out.
 */

import { EffectiveConfig } from '../../server/src/core/projection/effective-config';
import { MemoryConf } from '../../server/src/core/memory/conf';
import { FlinkFault } from '../../server/src/core/memory/faults';
import { taskManagerSpec, TaskManagerSpec, withLegacyHeapAsProcess } from '../../server/src/core/memory/tm-process';
import { jobManagerSpec, JobManagerSpec } from '../../server/src/core/memory/jm';

export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

function run<T>(derive: () => T): Result<T> {
  try {
    return { ok: true, value: derive() };
  } catch (error) {
    if (error instanceof FlinkFault) return { ok: false, message: error.flinkMessage };
    throw error;
  }
}

function conf(config: Record<string, string>, version: number): MemoryConf {
  return new MemoryConf(new EffectiveConfig({ values: config, origins: {}, chart: {} }, []), { version });
}

/** What the operator's client computes for a TaskManager (legacy heap read as process size). */
export function flinkTaskManager(config: Record<string, string>, version = 120): Result<TaskManagerSpec> {
  return run(() => taskManagerSpec(withLegacyHeapAsProcess(conf(config, version))));
}

export function flinkJobManager(config: Record<string, string>, legacyHeapAs: 'process' | 'heap' = 'process', version = 120): Result<JobManagerSpec> {
  return run(() => jobManagerSpec(conf(config, version), legacyHeapAs));
}

export function failure(result: Result<unknown>): string {
  return result.ok ? '(no failure)' : result.message;
}
