/**
 * Java's number parsers as Flink's configuration uses them: `Integer.parseInt`
 * (no trimming, so " 4" is an error) and `Double.parseDouble` / `Float.parseFloat` (trimmed,
 * `NaN`, `Infinity`, hex and `f`/`d` suffixes accepted). Floats are rounded once, straight from
 * the decimal text, as Java does (not decimal → double → float).
 */

import { javaTrim } from './memory-size';

const INT_MAX = 2147483647n;

/** Integer.parseInt: optional sign, ASCII digits only, 32-bit range. */
export function parseJavaInt(text: string): number | undefined {
  const n = parseWhole(text);
  return n !== undefined && n <= INT_MAX && n >= -INT_MAX - 1n ? Number(n) : undefined;
}

/**
 * Java accepts any Unicode decimal digit here (Character.digit), not only ASCII, and leading
 * zeros; more than 19 significant digits overflow a long, so longer texts stop early.
 */
function parseWhole(text: string): bigint | undefined {
  const m = /^([+-]?)(\p{Nd}+)$/u.exec(text);
  if (!m) return undefined;
  let digits = '';
  for (const ch of m[2] ?? '') {
    const code = ch.codePointAt(0) ?? 48;
    const digit = code >= 48 && code <= 57 ? code - 48 : digitValue(code);
    if (digits === '' && digit === 0) continue;
    digits += String(digit);
    if (digits.length > 19) return undefined;
  }
  const value = BigInt(digits || '0');
  return m[1] === '-' ? -value : value;
}

/** Unicode lays decimal digits out in runs of ten starting at zero. */
function digitValue(codePoint: number): number {
  let start = codePoint;
  while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return (codePoint - start) % 10;
}

interface Parsed {
  readonly value: number;
  /** Exact decimal text (sign, digits, exponent) when the number was written in decimal. */
  readonly exact?: { readonly negative: boolean; readonly digits: string; readonly exp10: number };
}

const DECIMAL = /^([+-]?)(?:(\d+)\.?(\d*)|\.(\d+))(?:[eE]([+-]?\d+))?[fFdD]?$/;
const HEX = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)[fFdD]?$/;
// Java's FloatingDecimal takes NaN and Infinity only bare: "NaNf" or "Infinityd" is a NumberFormatException.
const SPECIAL = /^([+-]?)(NaN|Infinity)$/;

function parseJavaFloating(text: string): Parsed | undefined {
  const t = javaTrim(text);
  const special = SPECIAL.exec(t);
  if (special) return { value: special[2] === 'NaN' ? NaN : special[1] === '-' ? -Infinity : Infinity };
  const hex = HEX.exec(t);
  if (hex && (hex[2] !== '' || hex[3] !== '')) return { value: hexValue(hex[1] === '-', hex[2] ?? '', hex[3] ?? '', Number(hex[4])) };
  const m = DECIMAL.exec(t);
  if (!m) return undefined;
  const whole = m[2] ?? '';
  const fraction = m[3] ?? m[4] ?? '';
  const exp = Number(m[5] ?? '0');
  const negative = m[1] === '-';
  const value = Number(`${negative ? '-' : ''}${whole || '0'}.${fraction || '0'}e${exp}`);
  // The digits stay text: they are only needed in the rare case compareExact handles.
  return { value, exact: { negative, digits: `${whole}${fraction}` || '0', exp10: exp - fraction.length } };
}

function hexValue(negative: boolean, whole: string, fraction: string, exp2: number): number {
  const mantissa = BigInt(`0x${whole || '0'}${fraction}`);
  const value = Number(mantissa) * 2 ** (exp2 - 4 * fraction.length);
  return negative ? -value : value;
}

/** Double.parseDouble; undefined when Java throws NumberFormatException. */
export function parseJavaDouble(text: string): number | undefined {
  return parseJavaFloating(text)?.value;
}

/** Float.parseFloat, widened to double (the value a Flink float option holds). */
export function parseJavaFloat(text: string): number | undefined {
  const parsed = parseJavaFloating(text);
  if (!parsed) return undefined;
  const single = Math.fround(parsed.value);
  if (!parsed.exact || !Number.isFinite(parsed.value) || single === parsed.value) return single;
  return roundOnce(parsed.value, single, parsed.exact);
}

/**
 * The double nearest the text may sit exactly halfway between two floats although the text
 * does not: then the exact decimal decides which float is nearest.
 */
function roundOnce(double: number, single: number, exact: NonNullable<Parsed['exact']>): number {
  const other = neighbourFloat(single, double > single ? 1 : -1);
  if (Math.abs(other - double) !== Math.abs(single - double)) return single;
  const cmp = compareExact(exact, double);
  if (cmp === 0) return single;
  const towardsOther = (cmp > 0) === (other > single);
  return towardsOther ? other : single;
}

function neighbourFloat(f: number, direction: 1 | -1): number {
  const buffer = new Float32Array([f]);
  const bits = new Int32Array(buffer.buffer);
  bits[0] = (bits[0] ?? 0) + (f >= 0 ? direction : -direction);
  return buffer[0] ?? f;
}

/** Sign of (decimal − double), both exact. */
function compareExact(decimal: NonNullable<Parsed['exact']>, double: number): number {
  const [mantissa, exp2] = exactBinary(double);
  const digits = BigInt(decimal.digits);
  let left = decimal.negative ? -digits : digits;
  let right = mantissa;
  if (decimal.exp10 >= 0) left *= 10n ** BigInt(decimal.exp10);
  else right *= 10n ** BigInt(-decimal.exp10);
  if (exp2 >= 0) right *= 1n << BigInt(exp2);
  else left *= 1n << BigInt(-exp2);
  return left === right ? 0 : left > right ? 1 : -1;
}

/** A finite double as mantissa × 2^exp2 with an integer mantissa. */
function exactBinary(d: number): [bigint, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, d);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
  const exp2 = (exponent === 0 ? 1 : exponent) - 1075;
  return [negative ? -mantissa : mantissa, exp2];
}
