/**
 * The one way every surface writes numbers: CLI text, reports, inlay hints, hover, CodeLens, the
 * status bar, the preview and the projection view all call these, so a size reads the same
 * everywhere ("1.34 GiB", never "1372.16 MiB" beside "1372.2 MiB"). Exact values stay in the
 * JSON output (bytes, cores); these are for people. Unknown values (null) are "?". Messages
 * that explain why Flink's memory arithmetic fails use exactSize, where rounding would hide it.
 */

import { GIB, KIB, LONG_MAX, MIB, TIB } from '../units/memory-size';

const UNITS: ReadonlyArray<[number, string]> = [[Number(TIB), 'TiB'], [Number(GIB), 'GiB'], [Number(MIB), 'MiB'], [Number(KIB), 'KiB']];

type Value = number | null | undefined;

/** A count or any plain number: "?" when unknown, at most 3 decimals ("2.5", "0.333"). */
export function num(value: Value): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '?' : String(Math.round(value * 1000) / 1000);
}

/** A size in bytes with the largest binary unit it reaches and at most 2 decimals: "2 GiB", "343.04 MiB", "100 bytes". */
export function size(bytes: Value | bigint): string {
  if (bytes === null || bytes === undefined) return '?';
  if (typeof bytes === 'bigint') {
    if (bytes >= LONG_MAX) return 'unlimited';
    bytes = Number(bytes);
  }
  if (!Number.isFinite(bytes)) return '?';
  const abs = Math.abs(bytes);
  for (const [unit, name] of UNITS) if (abs >= unit) return `${Math.round((bytes / unit) * 100) / 100} ${name}`;
  return plural(Math.trunc(bytes), 'byte');
}

/**
 * A size that must stay exact, for messages that compare sizes to the byte (Flink's memory
 * checks): whole MiB as such ("2047 MiB"), anything else in MiB with its bytes
 * ("1536.50 MiB (1611137024 bytes)").
 */
export function exactSize(bytes: bigint): string {
  if (bytes >= LONG_MAX) return 'unlimited';
  if (bytes % MIB === 0n) return `${bytes / MIB} MiB`;
  return `${(Number(bytes) / Number(MIB)).toFixed(2)} MiB (${bytes} bytes)`;
}

/** "1 slot", "4 slots", "? slots". */
export function plural(count: Value, noun: string, nouns = `${noun}s`): string {
  return `${num(count)} ${count === 1 ? noun : nouns}`;
}

/** CPU cores: "1 CPU", "2.5 CPU", "? CPU" (like Kubernetes, CPU takes no plural). */
export function cpu(cores: Value): string {
  return `${num(cores)} CPU`;
}

/** A ratio such as slots per CPU, at most 2 decimals: "1.5". */
export function ratio(value: Value): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '?' : String(Math.round(value * 100) / 100);
}
