/** A JobManager's JVM layout (flink-semantics.md §5.5), as the projection reports it. */

import { JobManagerSpec, MIN_JVM_HEAP } from '../memory/jm';
import { exactSize } from '../format/numbers';

export interface JobManagerMemory {
  readonly path: 'heap' | 'total-flink' | 'total-process';
  /** Total process memory of the JVM layout (a legacy heap key sizes the pod differently, §12.2). */
  readonly process: bigint;
  readonly flink: bigint;
  readonly heap: bigint;
  readonly offHeap: bigint;
  readonly metaspace: bigint;
  readonly overhead: bigint;
  /** Set when Flink logs that the heap is below its recommended minimum. */
  readonly warning?: string;
}

export function jobManagerMemory(spec: JobManagerSpec): JobManagerMemory {
  const heap = spec.flink.heap;
  const warning = heap < MIN_JVM_HEAP ? `The JobManager heap is only ${exactSize(heap)}; Flink warns below its recommended minimum of ${exactSize(MIN_JVM_HEAP)}.` : undefined;
  return {
    path: spec.path === 'fine-grained' ? 'heap' : spec.path,
    process: spec.process,
    flink: spec.flink.total,
    heap,
    offHeap: spec.flink.offHeap,
    metaspace: spec.jvm.metaspace,
    overhead: spec.jvm.overhead,
    warning,
  };
}
