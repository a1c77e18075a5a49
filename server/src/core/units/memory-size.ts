/**
 * Flink's `MemorySize` text syntax: leading decimal digits, optional spaces, optional unit.
 * Every unit is binary (k = 1024) and no unit means bytes, so `2048m` is 2 GiB, never
 * Kubernetes' "2048 milli" (flink-semantics.md §5.1). Sizes are bigint so that 64-bit values
 * and the fraction arithmetic of the memory model stay exact.
 */

export const LONG_MAX = (1n << 63n) - 1n;
export const KIB = 1024n;
export const MIB = 1024n * KIB;
export const GIB = 1024n * MIB;
export const TIB = 1024n * GIB;

const UNITS: ReadonlyArray<[readonly string[], bigint]> = [
  [['b', 'bytes'], 1n],
  [['k', 'kb', 'kibibytes'], KIB],
  [['m', 'mb', 'mebibytes'], MIB],
  [['g', 'gb', 'gibibytes'], GIB],
  [['t', 'tb', 'tebibytes'], TIB],
];

export type SizeResult = { ok: true; bytes: bigint } | { ok: false; error: string };

/** Parses a size the way Flink does; the error text explains what Flink will not accept. */
export function parseFlinkMemorySize(text: string): SizeResult {
  const trimmed = javaTrim(text);
  if (trimmed === '') return { ok: false, error: 'the size is empty' };
  let digits = 0;
  while (digits < trimmed.length && isAsciiDigit(trimmed.charCodeAt(digits))) digits++;
  if (digits === 0) return { ok: false, error: `"${trimmed}" does not start with a whole number` };
  const number = BigInt(trimmed.slice(0, digits));
  if (number > LONG_MAX) return { ok: false, error: `"${trimmed}" does not fit in 64 bits` };
  const unit = javaTrim(trimmed.slice(digits)).toLowerCase();
  const multiplier = unit === '' ? 1n : UNITS.find(([names]) => names.includes(unit))?.[1];
  if (multiplier === undefined) {
    return { ok: false, error: `unit "${unit}" is not one of Flink's units (b, k, m, g, t with optional "b")` };
  }
  const bytes = number * multiplier;
  if (bytes > LONG_MAX) return { ok: false, error: `"${trimmed}" is more bytes than fit in 64 bits` };
  return { ok: true, bytes };
}

/** Java's String.trim(): strips every char <= U+0020 at both ends. */
export function javaTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 32) start++;
  while (end > start && s.charCodeAt(end - 1) <= 32) end--;
  return s.slice(start, end);
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
