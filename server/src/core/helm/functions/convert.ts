/** Go and Sprig conversions between value types (cast.ToInt64, strval, typed parameters). */

import { EvalError } from '../eval/compare';
import { formatV } from '../eval/print';
import { goType } from '../eval/values';

/** Sprig's strval: strings as they are, anything else as fmt %v. */
export function strval(v: unknown): string {
  return typeof v === 'string' ? v : formatV(v);
}

/** A `string` parameter: Go refuses nil and other types. */
export function str(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) throw new EvalError('invalid value; expected string');
  throw new EvalError(`wrong type for value; expected string; got ${goType(v)}`);
}

/** An `int` parameter: an integer; a float64 (a number from a values file) is refused, as Go does. */
export function int(v: unknown): number {
  if (typeof v === 'bigint') return Number(v);
  if (v === null || v === undefined) throw new EvalError('invalid value; expected int');
  throw new EvalError(`wrong type for value; expected int; got ${goType(v)}`);
}

export function bool(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (v === null || v === undefined) throw new EvalError('invalid value; expected bool');
  throw new EvalError(`wrong type for value; expected bool; got ${goType(v)}`);
}

/** cast.ToInt64 as Sprig uses it: lenient, 0 when it cannot convert. */
export function toInt64(v: unknown): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? BigInt(Math.trunc(v)) : 0n;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'string') {
    const s = v.trim().replace(/\.0*$/, '');
    try {
      if (/^[+-]?(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]+|[1-9][0-9]*|0)$/.test(s)) {
        const neg = s.startsWith('-');
        const body = s.replace(/^[+-]/, '');
        const n = /^0[0-7]+$/.test(body) ? BigInt(`0o${body.slice(1)}`) : BigInt(body.replace(/^0[oO]/, '0o'));
        return neg ? -n : n;
      }
    } catch {
      return 0n;
    }
    return 0n;
  }
  return 0n;
}

/** cast.ToFloat64. */
export function toFloat64(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const n = Number(v.trim());
    return v.trim() !== '' && Number.isFinite(n) ? n : 0;
  }
  return 0;
}

/** A list argument (Sprig accepts slices; nil is empty). */
export function list(v: unknown, fn: string): unknown[] {
  if (Array.isArray(v)) return v;
  if (v === null || v === undefined) return [];
  throw new EvalError(`Cannot ${fn} on type ${goType(v)}`);
}

/** UTF-8 byte length, which Go's len and Sprig's trunc count. */
export function byteLength(s: string): number {
  return new TextEncoder().encode(s).length;
}
