/**
 * The Flink options the memory model reads, with their defaults and old keys, and Java's
 * `ConfigOption.toString()` for the messages that print an option rather than its key.
 */

import { GIB, KIB, LONG_MAX, MIB } from '../units/memory-size';
import { javaFloatToString } from '../units/java-format';

export type OptionType = 'memory' | 'float' | 'int' | 'double';

export interface MemoryOption {
  readonly key: string;
  readonly type: OptionType;
  /** bigint for sizes, number for fractions, counts and cpu; undefined = no default. */
  readonly default?: bigint | number;
  /** Old keys Flink still reads for this option (`withDeprecatedKeys`). */
  readonly deprecatedKeys?: readonly string[];
}

const size = (key: string, def?: bigint, deprecatedKeys?: string[]): MemoryOption => ({ key, type: 'memory', default: def, deprecatedKeys });
const fraction = (key: string, def: number, deprecatedKeys?: string[]): MemoryOption => ({ key, type: 'float', default: Math.fround(def), deprecatedKeys });

export const TM = {
  process: size('taskmanager.memory.process.size'),
  flink: size('taskmanager.memory.flink.size'),
  frameworkHeap: size('taskmanager.memory.framework.heap.size', 128n * MIB),
  frameworkOffHeap: size('taskmanager.memory.framework.off-heap.size', 128n * MIB),
  taskHeap: size('taskmanager.memory.task.heap.size'),
  taskOffHeap: size('taskmanager.memory.task.off-heap.size', 0n),
  managed: size('taskmanager.memory.managed.size', undefined, ['taskmanager.memory.size']),
  managedFraction: fraction('taskmanager.memory.managed.fraction', 0.4),
  networkMin: size('taskmanager.memory.network.min', 64n * MIB, ['taskmanager.network.memory.min']),
  /** Default depends on the Flink line: see networkMax(). */
  networkMax: size('taskmanager.memory.network.max', LONG_MAX, ['taskmanager.network.memory.max']),
  networkFraction: fraction('taskmanager.memory.network.fraction', 0.1, ['taskmanager.network.memory.fraction']),
  metaspace: size('taskmanager.memory.jvm-metaspace.size', 256n * MIB),
  overheadMin: size('taskmanager.memory.jvm-overhead.min', 192n * MIB),
  overheadMax: size('taskmanager.memory.jvm-overhead.max', GIB),
  overheadFraction: fraction('taskmanager.memory.jvm-overhead.fraction', 0.1),
  segmentSize: size('taskmanager.memory.segment-size', 32n * KIB),
  legacyBuffers: { key: 'taskmanager.network.numberOfBuffers', type: 'int', default: 2048 } as MemoryOption,
  legacyHeap: size('taskmanager.heap.size'),
  legacyHeapMb: { key: 'taskmanager.heap.mb', type: 'int' } as MemoryOption,
  cpuCores: { key: 'taskmanager.cpu.cores', type: 'double' } as MemoryOption,
  slots: { key: 'taskmanager.numberOfTaskSlots', type: 'int', default: 1 } as MemoryOption,
} as const;

export const JM = {
  process: size('jobmanager.memory.process.size'),
  flink: size('jobmanager.memory.flink.size'),
  heap: size('jobmanager.memory.heap.size'),
  offHeap: size('jobmanager.memory.off-heap.size', 128n * MIB),
  metaspace: size('jobmanager.memory.jvm-metaspace.size', 256n * MIB),
  overheadMin: size('jobmanager.memory.jvm-overhead.min', 192n * MIB),
  overheadMax: size('jobmanager.memory.jvm-overhead.max', GIB),
  overheadFraction: fraction('jobmanager.memory.jvm-overhead.fraction', 0.1),
  legacyHeap: size('jobmanager.heap.size'),
  legacyHeapMb: { key: 'jobmanager.heap.mb', type: 'int' } as MemoryOption,
} as const;

/** Java's ConfigOption.toString(): "Key: 'k' , default: d (fallback keys: [...])". */
export function optionText(option: MemoryOption, defaultOverride?: bigint | number): string {
  const def = defaultOverride ?? option.default;
  const fallbacks = (option.deprecatedKeys ?? []).map((k) => `{key=${k}, isDeprecated=true}`).join(', ');
  return `Key: '${option.key}' , default: ${defaultText(option, def)} (fallback keys: [${fallbacks}])`;
}

function defaultText(option: MemoryOption, def: bigint | number | undefined): string {
  if (def === undefined) return 'null';
  if (typeof def === 'bigint') return memorySizeToString(def);
  return option.type === 'float' ? javaFloatToString(def) : String(def);
}

const UNITS: ReadonlyArray<[bigint, string]> = [[1n, 'bytes'], [KIB, 'kb'], [MIB, 'mb'], [GIB, 'gb'], [1n << 40n, 'tb']];

/**
 * MemorySize.toString(): the unit below the first that does not divide the size ("64 mb");
 * when every unit divides it (0, whole TiB) Java falls back to bytes.
 */
export function memorySizeToString(bytes: bigint): string {
  const index = UNITS.findIndex(([multiplier]) => bytes % multiplier !== 0n);
  const [multiplier, name] = index > 0 ? UNITS[index - 1] ?? [1n, 'bytes'] : [1n, 'bytes'];
  return `${bytes / multiplier} ${name}`;
}
