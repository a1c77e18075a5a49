/**
 * Flink's JobManager memory model (flink-semantics.md §5.5): heap, total Flink or total process
 * size decides; off-heap 128m, metaspace 256m and the overhead range fill in the rest.
 */

import { MIB } from '../units/memory-size';
import { EffectiveConfig } from './effective-config';
import { readMemory } from './config-values';
import { fail, flinkSize, jvmAroundFlink, need, OVERHEAD_DEFAULTS, overheadFromProcess, readRange, size } from './memory-common';

export interface JobManagerMemory {
  readonly path: 'heap' | 'total-flink' | 'total-process';
  readonly process: bigint;
  readonly flink: bigint;
  readonly heap: bigint;
  readonly offHeap: bigint;
  readonly metaspace: bigint;
  readonly overhead: bigint;
  /** Set when Flink logs that the heap is below its recommended minimum. */
  readonly warning?: string;
}

const JM = 'jobmanager.memory';
const RECOMMENDED_MIN_HEAP = 128n * MIB;

export function deriveJobManagerMemory(config: EffectiveConfig): JobManagerMemory {
  const heapSize = need(readMemory(config, undefined, `${JM}.heap.size`));
  const flinkSizeSet = need(readMemory(config, undefined, `${JM}.flink.size`));
  const process = need(readMemory(config, undefined, `${JM}.process.size`)) ?? (heapSize === undefined && flinkSizeSet === undefined ? legacyHeap(config) : undefined);
  const offHeapRead = readMemory(config, 128n * MIB, `${JM}.off-heap.size`);
  const offHeapExplicit = offHeapRead.kind === 'value' && offHeapRead.setting !== undefined;
  const offHeap = need(offHeapRead) ?? 0n;
  const metaspace = need(readMemory(config, 256n * MIB, `${JM}.jvm-metaspace.size`)) ?? 0n;
  const overheadRange = () => readRange(config, `${JM}.jvm-overhead`, OVERHEAD_DEFAULTS);

  if (heapSize !== undefined) {
    const derivedOffHeap = flinkSizeSet === undefined ? offHeap : offHeapWithFlinkSize(heapSize, offHeap, flinkSizeSet, offHeapExplicit);
    const flink = heapSize + derivedOffHeap;
    const jvm = jvmAroundFlink(flink, metaspace, overheadRange(), process);
    return finish('heap', jvm.process, flink, heapSize, derivedOffHeap, metaspace, jvm.overhead);
  }
  if (flinkSizeSet !== undefined) {
    const heap = heapFromFlink(flinkSizeSet, offHeap);
    const jvm = jvmAroundFlink(flinkSizeSet, metaspace, overheadRange(), process);
    return finish('total-flink', jvm.process, flinkSizeSet, heap, offHeap, metaspace, jvm.overhead);
  }
  if (process !== undefined) {
    const overhead = overheadFromProcess(process, overheadRange());
    if (metaspace + overhead > process) {
      fail(
        `The JobManager process size ${size(process)} cannot hold JVM metaspace ${size(metaspace)} plus JVM overhead ${size(overhead)}.`,
        `Sum of configured JVM Metaspace (${flinkSize(metaspace)}) and JVM Overhead (${flinkSize(overhead)}) exceed configured Total Process Memory (${flinkSize(process)}).`,
      );
    }
    const flink = process - metaspace - overhead;
    return finish('total-process', process, flink, heapFromFlink(flink, offHeap), offHeap, metaspace, overhead);
  }
  return fail(
    'JobManager memory is not sized: set spec.jobManager memory, or jobmanager.memory.process.size, .flink.size or .heap.size.',
    `Either required fine-grained memory (${JM}.heap.size), or Total Flink Memory size (${JM}.flink.size), or Total Process Memory size (${JM}.process.size) need to be configured explicitly.`,
  );
}

/**
 * Heap and total Flink size both set: an explicit off-heap must make them add up; otherwise
 * off-heap is whatever the total leaves after the heap.
 */
function offHeapWithFlinkSize(heap: bigint, offHeap: bigint, flink: bigint, explicit: boolean): bigint {
  if (explicit && heap + offHeap !== flink) {
    fail(
      `jobmanager.memory.heap.size ${size(heap)} plus off-heap ${size(offHeap)} is ${size(heap + offHeap)}, but jobmanager.memory.flink.size says ${size(flink)}; set only one of heap and total Flink memory.`,
      `Sum of the configured JVM Heap Memory (${flinkSize(heap)}) and the configured Off-heap Memory (${flinkSize(offHeap)}) does not match the configured Total Flink Memory (${flinkSize(flink)}). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.`,
    );
  }
  if (!explicit && heap > flink) {
    fail(
      `jobmanager.memory.heap.size ${size(heap)} is larger than jobmanager.memory.flink.size ${size(flink)}.`,
      `Sum of the configured JVM Heap Memory (${flinkSize(heap)}) and the configured or default Off-heap Memory (${flinkSize(offHeap)}) exceeds the configured Total Flink Memory (${flinkSize(flink)}). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.`,
    );
  }
  return explicit ? offHeap : flink - heap;
}

/**
 * On Kubernetes Flink reads the legacy `jobmanager.heap.size` (or `.heap.mb`) as the total process
 * size when no new memory option is set.
 */
export function legacyHeap(config: EffectiveConfig, role: 'jobmanager' | 'taskmanager' = 'jobmanager'): bigint | undefined {
  const size = need(readMemory(config, undefined, `${role}.heap.size`));
  if (size !== undefined) return size;
  const mb = need(readMemory(config, undefined, `${role}.heap.mb`));
  return mb === undefined ? undefined : mb * MIB;
}

function heapFromFlink(flink: bigint, offHeap: bigint): bigint {
  if (flink <= offHeap) {
    fail(
      `The JobManager's total Flink memory ${size(flink)} leaves no heap after off-heap memory ${size(offHeap)}.`,
      `The configured Total Flink Memory (${flinkSize(flink)}) is less than the configured Off-heap Memory (${flinkSize(offHeap)}).`,
    );
  }
  return flink - offHeap;
}

function finish(path: JobManagerMemory['path'], process: bigint, flink: bigint, heap: bigint, offHeap: bigint, metaspace: bigint, overhead: bigint): JobManagerMemory {
  const warning = heap < RECOMMENDED_MIN_HEAP
    ? `The JobManager heap is only ${size(heap)}; Flink warns below its recommended minimum of ${size(RECOMMENDED_MIN_HEAP)}.`
    : undefined;
  return { path, process, flink, heap, offHeap, metaspace, overhead, warning };
}
