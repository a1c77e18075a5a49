/**
 * Pieces shared by the TaskManager and JobManager memory models of Flink
 * (ProcessMemoryUtils, flink-semantics.md §5.4.2): min/max/fraction ranges, capping, and the
 * JVM part (metaspace + overhead) around the total Flink memory.
 */

import { GIB, LONG_MAX, MIB } from '../units/memory-size';
import { fractionOf, inverseFractionOf, javaFloat } from '../units/java-float';
import { EffectiveConfig } from './effective-config';
import { Read, readFraction, readMemory } from './config-values';

export interface MemoryFailure {
  /** Our explanation, with the derived numbers. */
  readonly message: string;
  /** The message Flink logs when it refuses to start (sizes in Flink's own format). */
  readonly flinkMessage: string;
}

/** Thrown inside the memory models only, and always caught by them. */
export class MemoryError extends Error {
  constructor(readonly failure: MemoryFailure) {
    super(failure.message);
  }
}

export class Unresolvable extends Error {}

export function fail(message: string, flinkMessage: string): never {
  throw new MemoryError({ message, flinkMessage });
}

/** Value of a read, failing for invalid text and giving up for templated values. */
export function need<T>(r: Read<T>): T {
  if (r.kind === 'unknown') throw new Unresolvable(r.reason);
  if (r.kind === 'invalid') fail(`Flink cannot start: ${r.message}.`, r.message);
  return r.value;
}

export interface RangeFraction {
  readonly min: bigint;
  readonly max: bigint;
  readonly fraction: number;
}

export function readRange(config: EffectiveConfig, prefix: string, defaults: [bigint, bigint, number], legacy?: string): RangeFraction {
  const keys = (suffix: string) => (legacy ? [`${prefix}.${suffix}`, `${legacy}.${suffix}`] : [`${prefix}.${suffix}`]);
  const min = need(readMemory(config, defaults[0], ...keys('min'))) ?? defaults[0];
  const max = need(readMemory(config, defaults[1], ...keys('max'))) ?? defaults[1];
  const fraction = need(readFraction(config, defaults[2], ...keys('fraction'))) ?? javaFloat(defaults[2]);
  if (min > max || fraction < 0 || fraction >= 1) {
    const text = `Inconsistently configured ${prefix}.fraction (${fraction}) and its min (${flinkSize(min)}), max (${flinkSize(max)}) value`;
    fail(`${prefix}: min ${size(min)} must not exceed max ${size(max)} and the fraction ${fraction} must be at least 0 and below 1.`, text);
  }
  return { min, max, fraction };
}

export function capToRange(value: bigint, range: RangeFraction): bigint {
  if (value > range.max) return range.max;
  if (value < range.min) return range.min;
  return value;
}

export const OVERHEAD_DEFAULTS: [bigint, bigint, number] = [192n * MIB, GIB, 0.1];

/** JVM overhead when the process size is known (PATH C) or as the inverse fraction (PATH A/B). */
export function overheadFromProcess(process: bigint, range: RangeFraction): bigint {
  return capToRange(fractionOf(process, range.fraction), range);
}

/** Process size and overhead around a derived Flink total (PATH A and B of §5.4.3). */
export function jvmAroundFlink(flink: bigint, metaspace: bigint, range: RangeFraction, process: bigint | undefined): { process: bigint; overhead: bigint } {
  if (process === undefined) {
    const overhead = capToRange(inverseFractionOf(flink + metaspace, range.fraction), range);
    return { process: flink + metaspace + overhead, overhead };
  }
  if (process < flink + metaspace) {
    fail(
      `The process size ${size(process)} is smaller than total Flink memory ${size(flink)} plus metaspace ${size(metaspace)}.`,
      `The configured Total Process Memory size (${flinkSize(process)}) is less than the sum of the derived Total Flink Memory size (${flinkSize(flink)}) and the configured or default JVM Metaspace size  (${flinkSize(metaspace)}).`,
    );
  }
  const overhead = process - flink - metaspace;
  if (overhead < range.min || overhead > range.max) {
    fail(
      `The JVM overhead left over is ${size(overhead)} (process ${size(process)} − Flink ${size(flink)} − metaspace ${size(metaspace)}), outside its allowed range ${size(range.min)}..${size(range.max)}.`,
      `Derived JVM Overhead size (${flinkSize(overhead)}) is not in configured JVM Overhead range [${flinkSize(range.min)}, ${flinkSize(range.max)}].`,
    );
  }
  return { process, overhead };
}

/** Short size for our messages: whole MiB when exact, else MiB with decimals. */
export function size(bytes: bigint): string {
  if (bytes >= LONG_MAX) return 'unlimited';
  if (bytes % MIB === 0n) return `${bytes / MIB} MiB`;
  return `${(Number(bytes) / Number(MIB)).toFixed(2)} MiB (${bytes} bytes)`;
}

/** Flink's MemorySize.toHumanReadableString: "192.000mb (201326592 bytes)". */
export function flinkSize(bytes: bigint): string {
  const units: Array<[bigint, string]> = [[1n << 40n, 'tb'], [GIB, 'gb'], [MIB, 'mb'], [1024n, 'kb']];
  const unit = units.find(([m]) => bytes > m);
  if (!unit) return `${bytes} bytes`;
  return `${(Number(bytes) / Number(unit[0])).toFixed(3)}${unit[1]} (${bytes} bytes)`;
}
