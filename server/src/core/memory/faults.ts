/**
 * How Flink's memory code fails, so that a failure carries Flink's exact words and ours:
 * IllegalConfigurationException (gets the "TaskManager/JobManager memory configuration failed: "
 * prefix), IllegalArgumentException from reading a value (no prefix), and ArithmeticException.
 */

import { GIB, KIB, LONG_MAX, MIB, TIB } from '../units/memory-size';
import { javaFixed } from '../units/java-format';

export type FaultKind = 'configuration' | 'argument' | 'arithmetic';

export class FlinkFault extends Error {
  constructor(
    /** Exactly what Flink reports. */
    readonly flinkMessage: string,
    /** Our explanation, with the numbers that decided it. */
    readonly explanation: string,
    readonly kind: FaultKind,
  ) {
    super(flinkMessage);
  }
}

/** A value a template decides: the model cannot go on. */
export class Unresolvable extends Error {}

export function configurationError(flinkMessage: string, explanation: string): never {
  throw new FlinkFault(flinkMessage, explanation, 'configuration');
}

export function argumentError(flinkMessage: string, explanation: string): never {
  throw new FlinkFault(flinkMessage, explanation, 'argument');
}

/** Runs `derive`, prefixing configuration errors the way the process utils of Flink do. */
export function prefixed<T>(prefix: string, derive: () => T): T {
  try {
    return derive();
  } catch (error) {
    if (error instanceof FlinkFault && error.kind === 'configuration') throw new FlinkFault(prefix + error.flinkMessage, error.explanation, 'configuration');
    throw error;
  }
}

/** Math.addExact on sizes: Java throws instead of wrapping. */
export function add(...sizes: bigint[]): bigint {
  const sum = sizes.reduce((a, b) => a + b, 0n);
  if (sum > LONG_MAX) throw new FlinkFault('long overflow', 'The memory sizes add up to more than 2^63 bytes, which Flink cannot count.', 'arithmetic');
  return sum;
}

const UNITS: ReadonlyArray<[bigint, string]> = [[TIB, 'tb'], [GIB, 'gb'], [MIB, 'mb'], [KIB, 'kb']];

/** MemorySize.toHumanReadableString(): "64.000mb (67108864 bytes)", "0 bytes". */
export function human(bytes: bigint): string {
  const unit = UNITS.find(([m]) => bytes > m);
  if (!unit) return `${bytes} bytes`;
  return `${javaFixed(Number(bytes) / Number(unit[0]), 3)}${unit[1]} (${bytes} bytes)`;
}
