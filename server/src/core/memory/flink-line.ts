/**
 * Which Flink code computes a memory layout. The operator (1.13–1.16) is built on Flink 1.20 and
 * sizes the JobManager pod (and standalone TaskManager pods) with it; the JobManager inside the
 * image runs the resource's own Flink version, which sizes native TaskManager pods and the JVMs.
 * The lines differ in legacy keys (gone in 2.0) and the network memory cap (1 GiB before 1.17).
 */

import { GIB, LONG_MAX } from '../units/memory-size';
import { flinkReleaseName } from '../versions/names';

export interface FlinkLine {
  /** major * 100 + minor, e.g. 120 for Flink 1.20. */
  readonly version: number;
}

/** The Flink library every modelled operator release is built with. */
export const OPERATOR_LINE: FlinkLine = { version: 120 };

/** `jobmanager.heap.size`, `taskmanager.heap.size`, `.heap.mb` and numberOfBuffers: read until 2.0. */
export function readsLegacyKeys(line: FlinkLine): boolean {
  return line.version < 200;
}

/** Network memory max default: unlimited since Flink 1.17, 1 GiB before (§5.4.1). */
export function networkMaxDefault(line: FlinkLine): bigint {
  return line.version < 117 ? GIB : LONG_MAX;
}

export function lineName(line: FlinkLine): string {
  return `Flink ${flinkReleaseName(line.version)}`;
}
