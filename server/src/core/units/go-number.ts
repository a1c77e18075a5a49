/**
 * Go's number handling on the way from a manifest to the API server: strconv.ParseInt and
 * ParseUint with base 0 (as go-yaml v2 reads unquoted integers: `0x`, `0o`, `0b` and a leading
 * `0` for octal, a sign only for ParseInt) and encoding/json's float64 text. encoding/json
 * prints floats "as if by ES6 number to string conversion": the shortest digits that read back
 * as the same float64, plain notation from 1e-6 up to (not including) 1e21 and exponent notation
 * outside, exponents unpadded (`1e-7`, `1e+21`), whole numbers without a fraction (`1`), and
 * negative zero as `-0`.
 */

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

/** A Go integer literal as ParseInt/ParseUint(s, 0, 64) read it; undefined when neither accepts it. */
export function parseGoInteger(text: string): { readonly value: bigint; readonly unsigned: boolean } | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (!m) return undefined;
  const [, sign = '', body = ''] = m;
  // More than 64 significant digits is beyond 64 bits in any base; BigInt of huge texts would be slow.
  if (body.replace(/^0[xXoObB]?0*/, '').length > 64) return undefined;
  const magnitude = BigInt(/^0[0-7]+$/.test(body) ? `0o${body.slice(1)}` : body);
  const value = sign === '-' ? -magnitude : magnitude;
  if (value >= INT64_MIN && value <= INT64_MAX) return { value, unsigned: false };
  if (sign === '' && value <= UINT64_MAX) return { value, unsigned: true };
  return undefined;
}

/**
 * encoding/json's text for a finite float64: the shortest digits, plain from 1e-6 up to 1e21 and
 * exponent form outside, which is exactly JavaScript's Number#toString, except that Go keeps the
 * sign of -0.
 */
export function goJsonFloat(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}
