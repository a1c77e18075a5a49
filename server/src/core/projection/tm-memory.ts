/**
 * Flink's TaskManager memory model, byte-exact (flink-semantics.md §5.4): which sizes are
 * configured picks the path (fine-grained, total Flink, total process), the rest is derived
 * with Java float fractions, and inconsistent settings fail exactly where Flink fails.
 */

import { LONG_MAX, MIB, GIB } from '../units/memory-size';
import { fractionOf, inverseFractionOf } from '../units/java-float';
import { EffectiveConfig } from './effective-config';
import { legacyHeap } from './jm-memory';
import { readFraction, readMemory } from './config-values';
import { capToRange, fail, flinkSize, jvmAroundFlink, need, OVERHEAD_DEFAULTS, overheadFromProcess, RangeFraction, readRange, size } from './memory-common';

export interface TaskManagerMemory {
  readonly path: 'fine-grained' | 'total-flink' | 'total-process';
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

const TM = 'taskmanager.memory';

interface Inputs {
  frameworkHeap: bigint;
  frameworkOffHeap: bigint;
  taskOffHeap: bigint;
  taskHeap?: bigint;
  managed?: bigint;
  flink?: bigint;
  process?: bigint;
  metaspace: bigint;
}

/** Throws MemoryError or Unresolvable (see memory-common.ts); memory.ts catches both. */
export function deriveTaskManagerMemory(config: EffectiveConfig, networkMaxDefault: bigint): TaskManagerMemory {
  const inputs: Inputs = {
    frameworkHeap: need(readMemory(config, 128n * MIB, `${TM}.framework.heap.size`)) ?? 0n,
    frameworkOffHeap: need(readMemory(config, 128n * MIB, `${TM}.framework.off-heap.size`)) ?? 0n,
    taskOffHeap: need(readMemory(config, 0n, `${TM}.task.off-heap.size`)) ?? 0n,
    taskHeap: need(readMemory(config, undefined, `${TM}.task.heap.size`)),
    managed: need(readMemory(config, undefined, `${TM}.managed.size`, 'taskmanager.memory.size')),
    flink: need(readMemory(config, undefined, `${TM}.flink.size`)),
    process: need(readMemory(config, undefined, `${TM}.process.size`)),
    metaspace: need(readMemory(config, 256n * MIB, `${TM}.jvm-metaspace.size`)) ?? 0n,
  };
  if (inputs.process === undefined && inputs.flink === undefined && (inputs.taskHeap === undefined || inputs.managed === undefined)) inputs.process = legacyHeap(config, 'taskmanager');
  const network = () => readRange(config, `${TM}.network`, [64n * MIB, networkMaxDefault, 0.1], 'taskmanager.network.memory');
  const overhead = () => readRange(config, `${TM}.jvm-overhead`, OVERHEAD_DEFAULTS);
  const managedFraction = () => need(readFraction(config, 0.4, `${TM}.managed.fraction`)) ?? 0;
  if (inputs.taskHeap !== undefined && inputs.managed !== undefined) return fineGrained(inputs, network(), overhead());
  if (inputs.flink !== undefined) {
    const internal = flinkInternal(inputs, inputs.flink, network(), managedFraction());
    const jvm = jvmAroundFlink(inputs.flink, inputs.metaspace, overhead(), inputs.process);
    return assemble('total-flink', inputs, internal, jvm.process, jvm.overhead);
  }
  if (inputs.process !== undefined) return totalProcess(inputs, inputs.process, network(), overhead(), managedFraction());
  return fail(
    'TaskManager memory is not sized: set spec.taskManager memory, or taskmanager.memory.process.size, taskmanager.memory.flink.size, or both task.heap.size and managed.size.',
    `Either required fine-grained memory (${TM}.task.heap.size and ${TM}.managed.size), or Total Flink Memory size (${TM}.flink.size), or Total Process Memory size (${TM}.process.size) need to be configured explicitly.`,
  );
}

interface Internal { taskHeap: bigint; managed: bigint; network: bigint }

function fineGrained(i: Inputs, networkRange: RangeFraction, overheadRange: RangeFraction): TaskManagerMemory {
  const managed = i.managed ?? 0n;
  const base = i.frameworkHeap + i.frameworkOffHeap + (i.taskHeap ?? 0n) + i.taskOffHeap + managed;
  let network: bigint;
  let flink: bigint;
  if (i.flink !== undefined) {
    network = i.flink - base;
    checkRemainderNetwork(i, i.flink, network, networkRange);
    flink = i.flink;
  } else {
    network = capToRange(inverseFractionOf(base, networkRange.fraction), networkRange);
    flink = base + network;
  }
  const jvm = jvmAroundFlink(flink, i.metaspace, overheadRange, i.process);
  return assemble('fine-grained', { ...i, flink }, { taskHeap: i.taskHeap ?? 0n, managed, network }, jvm.process, jvm.overhead);
}

function totalProcess(i: Inputs, process: bigint, networkRange: RangeFraction, overheadRange: RangeFraction, managedFraction: number): TaskManagerMemory {
  const overhead = overheadFromProcess(process, overheadRange);
  if (i.metaspace + overhead > process) {
    fail(
      `The process size ${size(process)} cannot hold JVM metaspace ${size(i.metaspace)} plus JVM overhead ${size(overhead)}.`,
      `Sum of configured JVM Metaspace (${flinkSize(i.metaspace)}) and JVM Overhead (${flinkSize(overhead)}) exceed configured Total Process Memory (${flinkSize(process)}).`,
    );
  }
  const flink = process - i.metaspace - overhead;
  return assemble('total-process', { ...i, flink }, flinkInternal(i, flink, networkRange, managedFraction), process, overhead);
}

/** Splits a total Flink size into task heap, managed and network (task heap not fine-grained). */
function flinkInternal(i: Inputs, flink: bigint, networkRange: RangeFraction, managedFraction: number): Internal {
  const managed = i.managed ?? managedFromFraction(flink, managedFraction);
  if (i.taskHeap !== undefined) {
    const network = flink - (i.frameworkHeap + i.frameworkOffHeap + i.taskHeap + i.taskOffHeap + managed);
    if (network < 0n) {
      fail(
        `Framework heap, framework off-heap, task heap, task off-heap and managed memory (${size(flink - network)}) exceed the total Flink memory ${size(flink)}.`,
        `Sum of configured Framework Heap Memory (${flinkSize(i.frameworkHeap)}), Framework Off-Heap Memory (${flinkSize(i.frameworkOffHeap)}), Task Heap Memory (${flinkSize(i.taskHeap)}), Task Off-Heap Memory (${flinkSize(i.taskOffHeap)}) and Managed Memory (${flinkSize(managed)}) exceed configured Total Flink Memory (${flinkSize(flink)}).`,
      );
    }
    checkRemainderNetwork(i, flink, network, networkRange);
    return { taskHeap: i.taskHeap, managed, network };
  }
  const network = capToRange(fractionOf(flink, networkRange.fraction), networkRange);
  const fixed = i.frameworkHeap + i.frameworkOffHeap + i.taskOffHeap + managed + network;
  if (fixed > flink) {
    fail(
      `Total Flink memory ${size(flink)} is too small: framework heap ${size(i.frameworkHeap)}, framework off-heap ${size(i.frameworkOffHeap)}, task off-heap ${size(i.taskOffHeap)}, managed ${size(managed)} and network ${size(network)} already need ${size(fixed)}.`,
      `Sum of configured Framework Heap Memory (${flinkSize(i.frameworkHeap)}), Framework Off-Heap Memory (${flinkSize(i.frameworkOffHeap)}), Task Off-Heap Memory (${flinkSize(i.taskOffHeap)}), Managed Memory (${flinkSize(managed)}) and Network Memory (${flinkSize(network)}) exceed configured Total Flink Memory (${flinkSize(flink)}).`,
    );
  }
  return { taskHeap: flink - fixed, managed, network };
}

function managedFromFraction(flink: bigint, fraction: number): bigint {
  if (fraction < 0 || fraction >= 1) {
    fail(`${TM}.managed.fraction is ${fraction}; it must be at least 0 and below 1.`, `Configured Managed Memory fraction (${fraction}) must be in [0, 1).`);
  }
  return fractionOf(flink, fraction);
}

function checkRemainderNetwork(i: Inputs, flink: bigint, network: bigint, range: RangeFraction): void {
  if (network < 0n) {
    fail(
      `The configured memory components exceed the total Flink memory ${size(flink)}.`,
      `Sum of configured Framework Heap Memory (${flinkSize(i.frameworkHeap)}), Framework Off-Heap Memory (${flinkSize(i.frameworkOffHeap)}), Task Heap Memory (${flinkSize(i.taskHeap ?? 0n)}), Task Off-Heap Memory (${flinkSize(i.taskOffHeap)}) and Managed Memory (${flinkSize(i.managed ?? 0n)}) exceed configured Total Flink Memory (${flinkSize(flink)}).`,
    );
  }
  if (network < range.min || network > range.max) {
    fail(
      `With total Flink memory and task heap/managed memory fixed, network memory is the remainder, ${size(network)}, which is outside its range ${size(range.min)}..${size(range.max)}.`,
      `If Total Flink, Task Heap and (or) Managed Memory sizes are explicitly configured then the Network Memory size is the rest of the Total Flink memory after subtracting all other configured types of memory, but the derived Network Memory is inconsistent with its configuration.`,
    );
  }
}

function assemble(path: TaskManagerMemory['path'], i: Inputs & { flink?: bigint }, internal: Internal, process: bigint, overhead: bigint): TaskManagerMemory {
  const flink = i.flink ?? 0n;
  return {
    path,
    process,
    flink,
    frameworkHeap: i.frameworkHeap,
    taskHeap: internal.taskHeap,
    managed: internal.managed,
    network: internal.network,
    frameworkOffHeap: i.frameworkOffHeap,
    taskOffHeap: i.taskOffHeap,
    metaspace: i.metaspace,
    overhead,
    jvmHeap: i.frameworkHeap + internal.taskHeap,
    maxDirect: i.frameworkOffHeap + i.taskOffHeap + internal.network,
  };
}

/** Network max default: unlimited since Flink 1.17, 1 GiB before (§5.4.1). */
export function networkMaxDefault(flinkMinor: number | undefined): bigint {
  return flinkMinor !== undefined && flinkMinor < 117 ? GIB : LONG_MAX;
}
