/**
 * The part of Flink's memory model shared by JobManager and TaskManager (ProcessMemoryUtils):
 * which sizes pick the derivation path, fraction/min/max ranges, and the JVM metaspace and
 * overhead around the total Flink memory. Reads happen in Flink's order, so that of several
 * mistakes the one Flink reports is the one reported here.
 */

import { javaDoubleToString } from '../units/java-format';
import { fractionOf } from '../units/java-float';
import { LONG_MAX } from '../units/memory-size';
import { MemoryConf } from './conf';
import { add, configurationError, FlinkFault, human } from './faults';
import { exactSize } from '../format/numbers';
import { MemoryOption, optionText } from './options';

export interface RangeFraction {
  readonly min: bigint;
  readonly max: bigint;
  readonly fraction: number;
}

export interface JvmOptions {
  readonly metaspace: MemoryOption;
  readonly overheadMin: MemoryOption;
  readonly overheadMax: MemoryOption;
  readonly overheadFraction: MemoryOption;
}

export interface ProcessOptions extends JvmOptions {
  readonly fineGrained: readonly MemoryOption[];
  readonly totalFlink: MemoryOption;
  readonly totalProcess: MemoryOption;
}

/** The Flink-memory half of a process, as the JobManager and TaskManager utils derive it. */
export interface FlinkMemoryUtils<F extends { total: bigint }> {
  fromFineGrained(conf: MemoryConf): F;
  fromTotalFlink(conf: MemoryConf, total: bigint): F;
}

export interface JvmPart {
  readonly metaspace: bigint;
  readonly overhead: bigint;
}

export type Path = 'fine-grained' | 'total-flink' | 'total-process';

export interface ProcessSpec<F> {
  readonly path: Path;
  readonly flink: F;
  readonly jvm: JvmPart;
}

export function processSpecFromConfig<F extends { total: bigint }>(conf: MemoryConf, options: ProcessOptions, utils: FlinkMemoryUtils<F>): ProcessSpec<F> {
  if (options.fineGrained.every((o) => conf.contains(o))) {
    const flink = utils.fromFineGrained(conf);
    return { path: 'fine-grained', flink, jvm: jvmFromTotalFlink(conf, options, flink.total) };
  }
  if (conf.contains(options.totalFlink)) {
    const total = conf.memory(options.totalFlink);
    const flink = utils.fromTotalFlink(conf, total);
    return { path: 'total-flink', flink, jvm: jvmFromTotalFlink(conf, options, total) };
  }
  if (conf.contains(options.totalProcess)) {
    const process = conf.memory(options.totalProcess);
    const jvm = jvmFromTotalProcess(conf, options, process);
    return { path: 'total-process', flink: utils.fromTotalFlink(conf, process - jvm.metaspace - jvm.overhead), jvm };
  }
  const fineGrained = options.fineGrained.map((o) => o.key).join(' and ');
  return configurationError(
    `Either required fine-grained memory (${fineGrained}), or Total Flink Memory size (${optionText(options.totalFlink)}), or Total Process Memory size (${optionText(options.totalProcess)}) need to be configured explicitly.`,
    `No memory size is given: set ${fineGrained}, or ${options.totalFlink.key}, or ${options.totalProcess.key}.`,
  );
}

function jvmFromTotalProcess(conf: MemoryConf, options: JvmOptions, process: bigint): JvmPart {
  const metaspace = conf.memory(options.metaspace);
  const overhead = deriveWithFraction(process, overheadRange(conf, options));
  if (add(metaspace, overhead) > process) {
    configurationError(
      `Sum of configured JVM Metaspace (${human(metaspace)}) and JVM Overhead (${human(overhead)}) exceed configured Total Process Memory (${human(process)}).`,
      `The process size ${exactSize(process)} cannot hold JVM metaspace ${exactSize(metaspace)} plus JVM overhead ${exactSize(overhead)}.`,
    );
  }
  return { metaspace, overhead };
}

/** Metaspace and overhead around a known total Flink memory; the overhead is a remainder when the process size is set. */
export function jvmFromTotalFlink(conf: MemoryConf, options: ProcessOptions, flink: bigint): JvmPart {
  const metaspace = conf.memory(options.metaspace);
  const flinkAndMetaspace = add(flink, metaspace);
  if (!conf.contains(options.totalProcess)) {
    return { metaspace, overhead: deriveWithInverseFraction(flinkAndMetaspace, overheadRange(conf, options)) };
  }
  const process = conf.memory(options.totalProcess);
  if (process < flinkAndMetaspace) {
    configurationError(
      `The configured Total Process Memory size (${human(process)}) is less than the sum of the derived Total Flink Memory size (${human(flink)}) and the configured or default JVM Metaspace size  (${human(metaspace)}).`,
      `The process size ${exactSize(process)} is smaller than total Flink memory ${exactSize(flink)} plus metaspace ${exactSize(metaspace)}.`,
    );
  }
  const overhead = process - flinkAndMetaspace;
  const range = overheadRange(conf, options);
  if (overhead > range.max || overhead < range.min) {
    configurationError(
      `Derived JVM Overhead size (${human(overhead)}) is not in configured JVM Overhead range [${human(range.min)}, ${human(range.max)}].`,
      `The JVM overhead is what the process size leaves over: ${exactSize(process)} − Flink ${exactSize(flink)} − metaspace ${exactSize(metaspace)} = ${exactSize(overhead)}, outside its allowed range ${exactSize(range.min)}..${exactSize(range.max)}.`,
    );
  }
  return { metaspace, overhead };
}

function overheadRange(conf: MemoryConf, options: JvmOptions): RangeFraction {
  return rangeFraction(conf.memory(options.overheadMin), conf.memory(options.overheadMax), options.overheadFraction, conf);
}

/** RangeFraction's checks: min ≤ max and 0 ≤ fraction < 1 (a float read as double). */
export function rangeFraction(min: bigint, max: bigint, fractionOption: MemoryOption, conf: MemoryConf): RangeFraction {
  const fraction = conf.float(fractionOption);
  if (min <= max && fraction >= 0 && fraction < 1) return { min, max, fraction };
  const problem = min > max ? `its min ${exactSize(min)} is larger than its max ${exactSize(max)}` : `the fraction ${javaDoubleToString(fraction)} is not at least 0 and below 1`;
  return configurationError(
    `Inconsistently configured ${optionText(fractionOption)} (${javaDoubleToString(fraction)}) and its min (${human(min)}), max (${human(max)}) value`,
    `${fractionOption.key}: ${problem}.`,
  );
}

export function deriveWithFraction(base: bigint, range: RangeFraction): bigint {
  return capToMinMax(multiply(base, range.fraction), range);
}

export function deriveWithInverseFraction(base: bigint, range: RangeFraction): bigint {
  return capToMinMax(multiply(base, range.fraction / (1 - range.fraction)), range);
}

function capToMinMax(value: bigint, range: RangeFraction): bigint {
  if (value > range.max) return range.max;
  if (value < range.min) return range.min;
  return value;
}

/** MemorySize.multiply: exact decimal product, truncated; Java refuses products beyond a long. */
function multiply(bytes: bigint, factor: number): bigint {
  const product = fractionOf(bytes, factor);
  if (product > LONG_MAX) throw new FlinkFault('long overflow', 'A memory size derived from a fraction exceeds 2^63 bytes.', 'arithmetic');
  return product;
}
