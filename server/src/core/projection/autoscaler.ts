/**
 * With `job.autoscaler.enabled`, each vertex may be rescaled within
 * [min(current, vertex.min-parallelism), min(max parallelism, max(current, vertex.max-parallelism))]
 * (flink-semantics.md §7.2). We project the smallest and largest layouts that allows.
 */

import { EffectiveConfig } from './effective-config';
import { readBoolean, readInt } from './config-values';
import { ceilDiv, Derived } from './derived';
import { AutoscalerRange, PodProjection, SlotSharingGroup } from './types';

const PREFIX = 'job.autoscaler.';
const LEGACY = 'kubernetes.operator.job.autoscaler.';

export interface AutoscalerInput {
  readonly config: EffectiveConfig;
  readonly groups: readonly SlotSharingGroup[];
  readonly slots: Derived<number>;
  readonly mode: Derived<'native' | 'standalone'>;
  /** Standalone with replicas: the TaskManager count stays fixed. */
  readonly fixedTaskManagers?: number;
  readonly jobManager: PodProjection<unknown>;
  readonly taskManager: PodProjection<unknown>;
}

export function autoscalerRange(input: AutoscalerInput): AutoscalerRange | undefined {
  const { config } = input;
  const enabled = readBoolean(config, false, `${PREFIX}enabled`, `${LEGACY}enabled`);
  if (enabled.kind === 'value' && !enabled.value) return undefined;
  if (enabled.kind !== 'value') return empty(enabled.kind === 'unknown' ? enabled.reason : enabled.message);
  const minRead = readInt(config, 1, `${PREFIX}vertex.min-parallelism`, `${LEGACY}vertex.min-parallelism`);
  const maxRead = readInt(config, 200, `${PREFIX}vertex.max-parallelism`, `${LEGACY}vertex.max-parallelism`);
  const capRead = readInt(config, -1, 'pipeline.max-parallelism');
  if (minRead.kind !== 'value' || maxRead.kind !== 'value' || capRead.kind !== 'value') return empty('an autoscaler bound is unknown or invalid');
  const slots = input.slots.value;
  if (slots === null || slots < 1 || input.groups.some((g) => g.slots === null)) return empty('the current parallelism or the slots per TaskManager are unknown');
  const minPar = minRead.value ?? 1;
  const maxPar = maxRead.value ?? 200;
  const cap = capRead.value ?? -1;
  const lower = input.groups.map((g) => Math.min(g.slots ?? 0, minPar));
  const upper = input.groups.map((g) => Math.min(cap > 0 ? cap : defaultMaxParallelism(g.slots ?? 0), Math.max(g.slots ?? 0, maxPar)));
  const tms = (perGroup: number[]) => taskManagersFor(input, perGroup, slots);
  const tmMin = tms(lower);
  const tmMax = tms(upper);
  return {
    minParallelism: Math.min(...lower),
    maxParallelism: Math.max(...upper),
    slotsNeeded: { min: sum(lower), max: sum(upper) },
    taskManagers: { min: tmMin, max: tmMax },
    cpu: { min: clusterTotal(input, tmMin, (p) => p.cpu), max: clusterTotal(input, tmMax, (p) => p.cpu) },
    memoryBytes: { min: clusterTotal(input, tmMin, (p) => p.memoryRequestBytes), max: clusterTotal(input, tmMax, (p) => p.memoryRequestBytes) },
    reason: `vertex parallelism between ${minPar} and ${maxPar}${cap > 0 ? `, capped by pipeline.max-parallelism ${cap}` : ', capped by each vertex\'s default max parallelism (at least 128)'}`,
  };
}

function taskManagersFor(input: AutoscalerInput, perGroup: number[], slots: number): number | null {
  if (input.mode.value === null) return null;
  if (input.mode.value === 'native') return ceilDiv(sum(perGroup), slots);
  return input.fixedTaskManagers ?? ceilDiv(Math.max(...perGroup), slots);
}

/** Flink's default max parallelism: roundUpToPowerOfTwo(p + p/2) within [128, 32768]. */
export function defaultMaxParallelism(p: number): number {
  const target = p + Math.floor(p / 2);
  let power = 1;
  while (power < target) power *= 2;
  return Math.min(Math.max(power, 128), 32768);
}

function clusterTotal(input: AutoscalerInput, tms: number | null, pick: (p: PodProjection<unknown>) => Derived<number>): number | null {
  const jmCount = input.jobManager.count.value;
  const jm = pick(input.jobManager).value;
  const tm = pick(input.taskManager).value;
  if (tms === null || jmCount === null || jm === null || (tm === null && tms > 0)) return null;
  return Math.round((jmCount * jm + tms * (tm ?? 0)) * 1e6) / 1e6;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function empty(reason: string): AutoscalerRange {
  const none = { min: null, max: null };
  return { minParallelism: null, maxParallelism: null, slotsNeeded: none, taskManagers: none, cpu: none, memoryBytes: none, reason };
}
