/**
 * Flink reads memory fractions as Java `float` and widens them to `double`, so 0.1 becomes
 * 0.10000000149011612. Byte-exact predictions depend on reproducing that (flink-semantics.md §5.4.2).
 */

import { multiplyTruncate } from './decimal';

/** The double a Java float option holds for this text (Float.parseFloat then widening). */
export function javaFloat(value: number): number {
  return Math.fround(value);
}

/** frac(x, f): MemorySize.multiply(f), the exact decimal product truncated to whole bytes. */
export function fractionOf(bytes: bigint, fraction: number): bigint {
  return multiplyTruncate(bytes, fraction);
}
