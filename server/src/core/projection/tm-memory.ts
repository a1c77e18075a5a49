/** A TaskManager's JVM layout (flink-semantics.md §5.4), as the projection reports it. */

import { TaskManagerSpec } from '../memory/tm-process';

export interface TaskManagerMemory {
  readonly path: 'fine-grained' | 'total-flink' | 'total-process';
  /** Total process memory of the JVM layout (the pod may be sized differently, §12.1). */
  readonly process: bigint;
  readonly flink: bigint;
  readonly frameworkHeap: bigint;
  readonly taskHeap: bigint;
  readonly managed: bigint;
  readonly network: bigint;
  readonly frameworkOffHeap: bigint;
  readonly taskOffHeap: bigint;
  readonly metaspace: bigint;
  readonly overhead: bigint;
  /** -Xmx and -Xms. */
  readonly jvmHeap: bigint;
  /** -XX:MaxDirectMemorySize. */
  readonly maxDirect: bigint;
  /** TaskManagers have no start-up warning; present for symmetry with the JobManager. */
  readonly warning?: undefined;
}

export function taskManagerMemory(spec: TaskManagerSpec): TaskManagerMemory {
  const f = spec.flink;
  return {
    path: spec.path,
    process: spec.process,
    flink: f.total,
    frameworkHeap: f.frameworkHeap,
    taskHeap: f.taskHeap,
    managed: f.managed,
    network: f.network,
    frameworkOffHeap: f.frameworkOffHeap,
    taskOffHeap: f.taskOffHeap,
    metaspace: spec.jvm.metaspace,
    overhead: spec.jvm.overhead,
    jvmHeap: f.frameworkHeap + f.taskHeap,
    maxDirect: f.frameworkOffHeap + f.taskOffHeap + f.network,
  };
}
