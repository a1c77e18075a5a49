/**
 * Java's number printing where Flink's messages show numbers: `Double.toString` ("1.0",
 * "0.10000000149011612", "1.0E-4"), `Float.toString` for float defaults ("0.1"), and
 * `String.format("%.3f")`, which rounds half-up on the digits `Double.toString` would print.
 */

/** Shortest digits that read back as `value` (Java 17 prints the same for the values Flink uses). */
function shortestDigits(value: number, isFloat: boolean): { digits: string; exp10: number } {
  let shortest = value;
  if (isFloat) {
    for (let p = 1; p <= 9; p++) {
      shortest = Number(value.toPrecision(p));
      if (Math.fround(shortest) === value) break;
    }
  }
  const [mantissa = '0', exponent = '0'] = shortest.toExponential().split('e');
  return { digits: mantissa.replace('.', ''), exp10: Number(exponent) };
}

function javaStyle(value: number, isFloat: boolean): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'Infinity';
  if (value === -Infinity) return '-Infinity';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const { digits, exp10 } = shortestDigits(abs, isFloat);
  if (abs >= 1e-3 && abs < 1e7) return sign + plain(digits, exp10);
  const rest = digits.slice(1) || '0';
  return `${sign}${digits[0]}.${rest}E${exp10}`;
}

/** digits × 10^(exp10 − digits.length + 1) as "int.frac" with at least one fraction digit. */
function plain(digits: string, exp10: number): string {
  const point = exp10 + 1;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${digits}${'0'.repeat(point - digits.length)}.0`;
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

export function javaDoubleToString(value: number): string {
  return javaStyle(value, false);
}

export function javaFloatToString(value: number): string {
  return javaStyle(Math.fround(value), true);
}

/** String.format(Locale.ROOT, "%.<places>f", value) for a non-negative finite double. */
export function javaFixed(value: number, places: number): string {
  if (value === 0) return `0.${'0'.repeat(places)}`;
  const { digits, exp10 } = shortestDigits(value, false);
  // Scale so that the kept digits are an integer: digits has its first digit at 10^exp10.
  const keep = exp10 + 1 + places;
  let kept: bigint;
  if (keep <= 0) kept = keep === 0 && Number(digits[0]) >= 5 ? 1n : 0n;
  else if (keep >= digits.length) kept = BigInt(digits) * 10n ** BigInt(keep - digits.length);
  else kept = BigInt(digits.slice(0, keep)) + (Number(digits[keep]) >= 5 ? 1n : 0n);
  const text = kept.toString().padStart(places + 1, '0');
  return `${text.slice(0, text.length - places)}.${text.slice(text.length - places)}`;
}
