/**
 * Flink's defaults for the keys whose values the projection shows (slots, parallelism, memory
 * components, CPU, limit factors, HA), taken from the option catalog. Other defaults are left
 * out: listing all 1,400 options would hide what matters.
 */

import { findOption } from '../catalog/catalog';

const KEYS = [
  'taskmanager.numberOfTaskSlots', 'parallelism.default',
  'taskmanager.memory.framework.heap.size', 'taskmanager.memory.framework.off-heap.size', 'taskmanager.memory.task.off-heap.size',
  'taskmanager.memory.managed.fraction', 'taskmanager.memory.network.min', 'taskmanager.memory.network.max', 'taskmanager.memory.network.fraction',
  'taskmanager.memory.jvm-metaspace.size', 'taskmanager.memory.jvm-overhead.min', 'taskmanager.memory.jvm-overhead.max', 'taskmanager.memory.jvm-overhead.fraction',
  'jobmanager.memory.off-heap.size', 'jobmanager.memory.jvm-metaspace.size', 'jobmanager.memory.jvm-overhead.min', 'jobmanager.memory.jvm-overhead.max', 'jobmanager.memory.jvm-overhead.fraction',
  'kubernetes.jobmanager.cpu.amount', 'kubernetes.taskmanager.cpu.amount', 'kubernetes.jobmanager.cpu.limit-factor', 'kubernetes.jobmanager.memory.limit-factor',
  'kubernetes.taskmanager.cpu.limit-factor', 'kubernetes.taskmanager.memory.limit-factor', 'high-availability.type',
];

/** Key and default text; network memory is capped at 1 GiB before Flink 1.17. */
export function flinkDefaults(flinkVersion: number | null): Array<[string, string]> {
  return KEYS.flatMap((key): Array<[string, string]> => {
    if (key === 'taskmanager.memory.network.max' && flinkVersion !== null && flinkVersion < 117) return [[key, '1 gb']];
    const def = findOption(key)?.option.default;
    return def === null || def === undefined ? [] : [[key, def.replace(/^"(.*)"$/, '$1')]];
  });
}
