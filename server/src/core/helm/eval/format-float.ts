/** Go's formatting of float64: `%v` (as templates print values) and JSON's (as toYaml/toJson write them). */

import { goJsonFloat } from '../../units/go-number';

/** Shortest digits and decimal exponent of a finite non-zero number: 1234.5 -> ("12345", 3). */
function shortest(n: number): { digits: string; exp: number } {
  const [mantissa = '0', e = '0'] = Math.abs(n).toExponential().split('e');
  return { digits: mantissa.replace('.', ''), exp: Number(e) };
}

function special(n: number): string | undefined {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return '+Inf';
  if (n === -Infinity) return '-Inf';
  return undefined;
}

function exponentForm(sign: string, digits: string, exp: number): string {
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const e = Math.abs(exp);
  return `${sign}${mantissa}e${exp < 0 ? '-' : '+'}${e < 10 ? `0${e}` : e}`;
}

function decimalForm(sign: string, digits: string, exp: number): string {
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/** `fmt.Sprint(float64)`: %g with the shortest digits, exponent form from 1e+06 and below 1e-04. */
export function goFloat(n: number): string {
  const s = special(n);
  if (s) return s;
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  const { digits, exp } = shortest(n);
  const sign = n < 0 ? '-' : '';
  return exp < -4 || exp >= 6 ? exponentForm(sign, digits, exp) : decimalForm(sign, digits, exp);
}

/** `strconv.FormatFloat(f, 'g', -1, 64)`, as the YAML encoder writes floats. */
export const goFloatG = goFloat;

/** Go's encoding/json for float64: plain digits from 1e-6 up to 1e21, else exponent form. */
export function jsonFloat(n: number): string {
  if (!Number.isFinite(n)) return special(n) ?? 'null';
  return goJsonFloat(n);
}
