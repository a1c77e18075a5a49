/**
 * Where a role's process memory comes from, in words for the "why" of a pod's memory: the
 * setting of the key Flink's derivation started from (flink-semantics.md §5.4.3, §5.5): the
 * fine-grained sizes, total Flink memory, or the process size (the operator writes the spec's
 * memory there, §5.3; a legacy heap key stands in for it, §12.2).
 */

import { EffectiveConfig } from './effective-config';
import { JM, TM, MemoryOption } from '../memory/options';

type Path = 'fine-grained' | 'heap' | 'total-flink' | 'total-process';

const KEYS = {
  taskmanager: { fineGrained: [TM.taskHeap, TM.managed], flink: TM.flink, process: [TM.process, TM.legacyHeap, TM.legacyHeapMb] },
  jobmanager: { fineGrained: [JM.heap], flink: JM.flink, process: [JM.process, JM.legacyHeap, JM.legacyHeapMb] },
} as const;

export function memorySource(config: EffectiveConfig, role: 'jobmanager' | 'taskmanager', path: Path): string {
  const keys = KEYS[role];
  if (path === 'fine-grained' || path === 'heap') return `Flink adds up ${keys.fineGrained.map((o) => sourceOf(config, [o])).join(' and ')} with the other components`;
  if (path === 'total-flink') return `total Flink memory from ${sourceOf(config, [keys.flink])}, plus JVM metaspace and overhead`;
  return `total process memory from ${sourceOf(config, keys.process)}`;
}

/** The first of the options (their old keys included) that is set, as its source names it. */
function sourceOf(config: EffectiveConfig, options: readonly MemoryOption[]): string {
  for (const o of options) {
    const setting = config.get(o.key, ...(o.deprecatedKeys ?? []));
    if (setting.kind === 'set') return setting.source;
  }
  return options[0]?.key ?? 'the configuration';
}
