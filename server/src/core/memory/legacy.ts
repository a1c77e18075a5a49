/**
 * Flink 1.x reads the pre-1.10 heap keys (`jobmanager.heap.size`/`.mb`, `taskmanager.heap.size`/
 * `.mb`) as another option when that option is not set (MemoryBackwardsCompatibilityUtils): as
 * the process size where pods are sized, but as the JVM heap when the JobManager's JVM starts.
 */

import { MemoryConf } from './conf';
import { configurationError } from './faults';
import { readsLegacyKeys } from './flink-line';
import { MemoryOption } from './options';

export interface LegacyHeap {
  readonly heap: MemoryOption;
  readonly heapMb: MemoryOption;
}

/** The configuration with the legacy heap copied into `target`, when it is not set itself. */
export function mapLegacyHeap(conf: MemoryConf, legacy: LegacyHeap, target: MemoryOption): MemoryConf {
  if (!readsLegacyKeys(conf.line) || conf.contains(target)) return conf;
  if (conf.contains(legacy.heap)) return conf.with(target.key, `${conf.memory(legacy.heap)}b`);
  if (!conf.contains(legacy.heapMb)) return conf;
  const mb = conf.int(legacy.heapMb);
  if (mb < 0) configurationError(`Configured total process memory size (${mb}MB) must not be less than 0.`, `${legacy.heapMb.key} is ${mb}, below 0.`);
  return conf.with(target.key, `${BigInt(mb) << 20n}b`);
}

/** The legacy key that sets a role's heap, if any (for messages). */
export function legacyHeapKey(conf: MemoryConf, legacy: LegacyHeap): string | undefined {
  return conf.raw(legacy.heap)?.key ?? conf.raw(legacy.heapMb)?.key;
}
