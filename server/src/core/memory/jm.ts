/**
 * The JobManager's process (JobManagerFlinkMemoryUtils, JobManagerProcessUtils): JVM heap and
 * off-heap from the heap size, total Flink or total process size; the legacy heap is read as
 * the process size where the pod is sized and as the heap when the JVM starts (Flink 1.x).
 */

import { MemoryConf } from './conf';
import { add, configurationError, human, prefixed } from './faults';
import { exactSize } from '../format/numbers';
import { LegacyHeap, mapLegacyHeap } from './legacy';
import { JM } from './options';
import { FlinkMemoryUtils, JvmPart, Path, processSpecFromConfig, ProcessOptions } from './process';
import { MIB } from '../units/memory-size';

export interface JobManagerFlink {
  readonly heap: bigint;
  readonly offHeap: bigint;
  readonly total: bigint;
}

export interface JobManagerSpec {
  readonly path: Path;
  readonly flink: JobManagerFlink;
  readonly jvm: JvmPart;
  readonly process: bigint;
}

const JM_PROCESS: ProcessOptions = {
  fineGrained: [JM.heap],
  totalFlink: JM.flink,
  totalProcess: JM.process,
  metaspace: JM.metaspace,
  overheadMin: JM.overheadMin,
  overheadMax: JM.overheadMax,
  overheadFraction: JM.overheadFraction,
};

const JM_LEGACY: LegacyHeap = { heap: JM.legacyHeap, heapMb: JM.legacyHeapMb };

export const MIN_JVM_HEAP = 128n * MIB;

const jobManagerFlinkMemory: FlinkMemoryUtils<JobManagerFlink> = {
  fromFineGrained(conf) {
    const heap = conf.memory(JM.heap);
    let offHeap = conf.memory(JM.offHeap);
    if (conf.contains(JM.flink)) {
      const total = conf.memory(JM.flink);
      if (conf.contains(JM.offHeap)) {
        if (add(heap, offHeap) !== total) {
          configurationError(
            `Sum of the configured JVM Heap Memory (${human(heap)}) and the configured Off-heap Memory (${human(offHeap)}) does not match the configured Total Flink Memory (${human(total)}). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.`,
            `jobmanager.memory.heap.size ${exactSize(heap)} plus off-heap ${exactSize(offHeap)} is ${exactSize(heap + offHeap)}, but jobmanager.memory.flink.size says ${exactSize(total)}; set only one of heap and total Flink memory.`,
          );
        }
      } else {
        if (total < heap) {
          configurationError(
            `The configured JVM Heap Memory (${human(heap)}) exceeds the configured Total Flink Memory (${human(total)}). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.`,
            `jobmanager.memory.heap.size ${exactSize(heap)} is larger than jobmanager.memory.flink.size ${exactSize(total)}.`,
          );
        }
        offHeap = total - heap;
      }
    }
    return { heap, offHeap, total: add(heap, offHeap) };
  },

  fromTotalFlink(conf, total) {
    const offHeap = conf.memory(JM.offHeap);
    if (total <= offHeap) {
      configurationError(
        `The configured Total Flink Memory (${human(total)}) is less than the configured Off-heap Memory (${human(offHeap)}).`,
        `The JobManager's total Flink memory ${exactSize(total)} leaves no heap after off-heap memory ${exactSize(offHeap)}.`,
      );
    }
    return { heap: total - offHeap, offHeap, total };
  },
};

/** processSpecFromConfigWithNewOptionToInterpretLegacyHeap: 'process' where pods are sized, 'heap' in the JVM. */
export function jobManagerSpec(conf: MemoryConf, legacyHeapAs: 'process' | 'heap'): JobManagerSpec {
  return prefixed('JobManager memory configuration failed: ', () => {
    const mapped = mapLegacyHeap(conf, JM_LEGACY, legacyHeapAs === 'process' ? JM.process : JM.heap);
    const spec = processSpecFromConfig(mapped, JM_PROCESS, jobManagerFlinkMemory);
    return { path: spec.path, flink: spec.flink, jvm: spec.jvm, process: spec.flink.total + spec.jvm.metaspace + spec.jvm.overhead };
  });
}
