/**
 * A TaskManager's whole process (TaskExecutorProcessUtils): Flink memory, JVM metaspace and
 * overhead, CPU cores and slots, with Flink's error prefix; the legacy heap mapping; and the
 * pod size a native JobManager asks Kubernetes for, re-derived from the worker spec (§12.1).
 */

import { MemoryConf } from './conf';
import { configurationError, prefixed } from './faults';
import { LegacyHeap, mapLegacyHeap } from './legacy';
import { TM } from './options';
import { jvmFromTotalFlink, JvmPart, Path, processSpecFromConfig, ProcessOptions } from './process';
import { TaskManagerFlink, taskManagerFlinkMemory } from './tm-flink';

export const TM_PROCESS: ProcessOptions = {
  fineGrained: [TM.taskHeap, TM.managed],
  totalFlink: TM.flink,
  totalProcess: TM.process,
  metaspace: TM.metaspace,
  overheadMin: TM.overheadMin,
  overheadMax: TM.overheadMax,
  overheadFraction: TM.overheadFraction,
};

const TM_LEGACY: LegacyHeap = { heap: TM.legacyHeap, heapMb: TM.legacyHeapMb };

export interface TaskManagerSpec {
  readonly path: Path;
  readonly flink: TaskManagerFlink;
  readonly jvm: JvmPart;
  readonly process: bigint;
  readonly cpu: number;
}

/** TaskExecutorProcessUtils.processSpecFromConfig. */
export function taskManagerSpec(conf: MemoryConf): TaskManagerSpec {
  return prefixed('TaskManager memory configuration failed: ', () => {
    const spec = processSpecFromConfig(conf, TM_PROCESS, taskManagerFlinkMemory);
    const cpu = cpuCores(conf, -1);
    conf.int(TM.slots);
    return { path: spec.path, flink: spec.flink, jvm: spec.jvm, process: spec.flink.total + spec.jvm.metaspace + spec.jvm.overhead, cpu };
  });
}

/** The legacy `taskmanager.heap.size`/`.mb` as the process size (Flink 1.x only). */
export function withLegacyHeapAsProcess(conf: MemoryConf): MemoryConf {
  return prefixed('TaskManager failed to map legacy JVM heap option to the new one: ', () => mapLegacyHeap(conf, TM_LEGACY, TM.process));
}

/**
 * The legacy heap as total Flink memory (Flink 1.x): what the standalone TaskManager container's
 * start script (BashJavaUtils, GET_TM_RESOURCE_PARAMS) does before it sizes the JVM, unlike the
 * operator and the native resource manager, which read it as the process size.
 */
export function withLegacyHeapAsFlinkMemory(conf: MemoryConf): MemoryConf {
  return mapLegacyHeap(conf, TM_LEGACY, TM.flink);
}

/** getCpuCoresWithFallback: taskmanager.cpu.cores, else a positive fallback, else the slots. */
export function cpuCores(conf: MemoryConf, fallback: number): number {
  const cores = conf.contains(TM.cpuCores) ? conf.double(TM.cpuCores) : fallback > 0 ? fallback : conf.int(TM.slots);
  if (cores <= 0) {
    configurationError(
      `TaskExecutors need to be started with a positive number of CPU cores. Please configure ${TM.cpuCores.key} accordingly.`,
      `The TaskManager's CPU comes out as ${cores} (${conf.contains(TM.cpuCores) ? TM.cpuCores.key : `no ${TM.cpuCores.key}, so one CPU per slot`}); it must be positive.`,
    );
  }
  return cores;
}

/**
 * processSpecFromWorkerResourceSpec: the native resource manager keeps task heap, task
 * off-heap, network and managed memory, drops the total process and Flink sizes, and derives
 * metaspace and overhead again from the total Flink memory. Its process size sizes the pod.
 */
export function podProcessFromWorkerSpec(rmConf: MemoryConf, spec: TaskManagerSpec): bigint {
  const rm = rmConf.with(TM.process.key, null).with(TM.flink.key, null);
  const { taskHeap, taskOffHeap, network, managed } = spec.flink;
  const total = rm.memory(TM.frameworkHeap) + rm.memory(TM.frameworkOffHeap) + taskHeap + taskOffHeap + network + managed;
  const jvm = jvmFromTotalFlink(rm, TM_PROCESS, total);
  return total + jvm.metaspace + jvm.overhead;
}
