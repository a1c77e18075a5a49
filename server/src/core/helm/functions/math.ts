/** Sprig's integer arithmetic (everything through int64, as Sprig does) and conversions. */

import { PlainFn, TemplateFn } from '../eval/frame';
import { EvalError } from '../eval/compare';
import { toFloat64, toInt64 } from './convert';

const ints = (a: unknown[]) => a.map(toInt64);

export const MATH_FUNCTIONS: Record<string, TemplateFn> = {
  add: ((...a: unknown[]) => ints(a).reduce((x, y) => x + y, 0n)) as PlainFn,
  add1: ((a: unknown) => toInt64(a) + 1n) as PlainFn,
  sub: ((a: unknown, b: unknown) => toInt64(a) - toInt64(b)) as PlainFn,
  mul: ((...a: unknown[]) => ints(a).reduce((x, y) => x * y, 1n)) as PlainFn,
  div: ((a: unknown, b: unknown) => {
    const d = toInt64(b);
    if (d === 0n) throw new EvalError('runtime error: integer divide by zero');
    return toInt64(a) / d;
  }) as PlainFn,
  mod: ((a: unknown, b: unknown) => {
    const d = toInt64(b);
    if (d === 0n) throw new EvalError('runtime error: integer divide by zero');
    return toInt64(a) % d;
  }) as PlainFn,
  max: ((...a: unknown[]) => ints(a).reduce((x, y) => (y > x ? y : x))) as PlainFn,
  min: ((...a: unknown[]) => ints(a).reduce((x, y) => (y < x ? y : x))) as PlainFn,
  addf: ((...a: unknown[]) => a.map(toFloat64).reduce((x, y) => x + y, 0)) as PlainFn,
  subf: ((a: unknown, ...b: unknown[]) => b.map(toFloat64).reduce((x, y) => x - y, toFloat64(a))) as PlainFn,
  mulf: ((...a: unknown[]) => a.map(toFloat64).reduce((x, y) => x * y, 1)) as PlainFn,
  divf: ((a: unknown, ...b: unknown[]) => b.map(toFloat64).reduce((x, y) => x / y, toFloat64(a))) as PlainFn,
  floor: ((a: unknown) => Math.floor(toFloat64(a))) as PlainFn,
  ceil: ((a: unknown) => Math.ceil(toFloat64(a))) as PlainFn,
  round: ((a: unknown, p: unknown, r?: unknown) => {
    const scale = 10 ** Number(toInt64(p));
    const x = toFloat64(a) * scale;
    const half = r === undefined ? 0.5 : toFloat64(r);
    // Sprig takes the fraction with math.Modf, which keeps the sign: a negative fraction never reaches half.
    return (x - Math.trunc(x) >= half ? Math.ceil(x) : Math.floor(x)) / scale;
  }) as PlainFn,
  int: ((a: unknown) => toInt64(a)) as PlainFn,
  int64: ((a: unknown) => toInt64(a)) as PlainFn,
  float64: ((a: unknown) => toFloat64(a)) as PlainFn,
  atoi: ((a: unknown) => (typeof a === 'string' && /^[+-]?\d+$/.test(a.trim()) ? BigInt(a.trim()) : 0n)) as PlainFn,
};
