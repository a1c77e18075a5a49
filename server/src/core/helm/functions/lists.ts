/** Lists: Go's index/slice/len and Sprig's list functions. */

import { PlainFn, TemplateFn } from '../eval/frame';
import { EvalError, goEq } from '../eval/compare';
import { goType, isEmpty, originAt, Unknown } from '../eval/values';
import { byteLength, int, list, str, strval, toInt64 } from './convert';
import { byteOrder } from '../eval/print';

function deepEqual(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (a instanceof Map && b instanceof Map) return a.size === b.size && [...a].every(([k, v]) => b.has(k) && deepEqual(v, b.get(k)));
  return a === b || ((a === null || a === undefined) && (b === null || b === undefined));
}

function index(collection: unknown, ...keys: unknown[]): unknown {
  let current = collection;
  for (const key of keys) {
    if (current instanceof Map) {
      if (typeof key !== 'string') throw new EvalError(`value has type ${goType(key)}; should be string`);
      current = current.has(key) ? current.get(key) : null;
    } else if (Array.isArray(current) || typeof current === 'string') {
      if (typeof key !== 'bigint') throw new EvalError(`cannot index slice/array with type ${goType(key)}`);
      const i = Number(key);
      const len = typeof current === 'string' ? byteLength(current) : current.length;
      if (i < 0 || i >= len) throw new EvalError(`index out of range: ${i}`);
      current = typeof current === 'string' ? BigInt(new TextEncoder().encode(current)[i] ?? 0) : current[i];
    } else if (current === null || current === undefined) {
      throw new EvalError('index of untyped nil');
    } else throw new EvalError(`can't index item of type ${goType(current)}`);
  }
  return current;
}

function goLen(v: unknown): bigint {
  if (typeof v === 'string') return BigInt(byteLength(v));
  if (Array.isArray(v)) return BigInt(v.length);
  if (v instanceof Map) return BigInt(v.size);
  throw new EvalError(`len of type ${goType(v)}`);
}

function range(start: bigint, stop: bigint, step: bigint): bigint[] {
  const out: bigint[] = [];
  if (step === 0n) return out;
  for (let i = start; step > 0n ? i < stop : i > stop; i += step) {
    out.push(i);
    if (out.length > 100000) throw new EvalError('list too long');
  }
  return out;
}

export const LIST_FUNCTIONS: Record<string, TemplateFn> = {
  list: ((...a: unknown[]) => a) as PlainFn,
  len: goLen as PlainFn,
  index: {
    traced: ({ args }) => {
      const [c, ...keys] = args;
      const unknown = args.find((a) => a.v instanceof Unknown);
      if (unknown) return unknown;
      const v = index(c?.v, ...keys.map((k) => k.v));
      const parent = keys.length === 1 ? c?.v : index(c?.v, ...keys.slice(0, -1).map((k) => k.v));
      const last = keys[keys.length - 1]?.v;
      return { v, o: originAt(parent, typeof last === 'bigint' ? Number(last) : (last as string)) };
    },
  },
  slice: ((s: unknown, ...idx: unknown[]) => {
    const [a, b] = idx.map((i) => int(i));
    if (typeof s === 'string') return s.slice(a ?? 0, b);
    return list(s, 'slice').slice(a ?? 0, b);
  }) as PlainFn,
  first: ((l: unknown) => list(l, 'first')[0] ?? null) as PlainFn,
  last: ((l: unknown) => { const x = list(l, 'last'); return x[x.length - 1] ?? null; }) as PlainFn,
  rest: ((l: unknown) => list(l, 'rest').slice(1)) as PlainFn,
  initial: ((l: unknown) => list(l, 'initial').slice(0, -1)) as PlainFn,
  append: ((l: unknown, v: unknown) => [...list(l, 'append'), v]) as PlainFn,
  push: ((l: unknown, v: unknown) => [...list(l, 'push'), v]) as PlainFn,
  prepend: ((l: unknown, v: unknown) => [v, ...list(l, 'prepend')]) as PlainFn,
  concat: ((...ls: unknown[]) => ls.flatMap((l) => list(l, 'concat'))) as PlainFn,
  reverse: ((l: unknown) => [...list(l, 'reverse')].reverse()) as PlainFn,
  uniq: ((l: unknown) => list(l, 'uniq').filter((x, i, all) => all.findIndex((y) => deepEqual(x, y)) === i)) as PlainFn,
  without: ((l: unknown, ...omit: unknown[]) => list(l, 'without').filter((x) => !omit.some((o) => deepEqual(x, o)))) as PlainFn,
  has: ((needle: unknown, l: unknown) => list(l, 'has').some((x) => deepEqual(x, needle))) as PlainFn,
  compact: ((l: unknown) => list(l, 'compact').filter((x) => !isEmpty(x))) as PlainFn,
  sortAlpha: ((l: unknown) => list(l, 'sortAlpha').map(strval).sort(byteOrder)) as PlainFn,
  until: ((n: unknown) => range(0n, BigInt(int(n)), int(n) < 0 ? -1n : 1n)) as PlainFn,
  untilStep: ((a: unknown, b: unknown, s: unknown) => range(BigInt(int(a)), BigInt(int(b)), BigInt(int(s)))) as PlainFn,
  seq: ((...a: unknown[]) => {
    const n = a.map(toInt64);
    const [start, stop] = n.length === 1 ? [1n, n[0] ?? 0n] : [n[0] ?? 1n, n[n.length - 1] ?? 0n];
    const step = n.length === 3 ? (n[1] ?? 1n) : start <= stop ? 1n : -1n;
    return range(start, stop + (step > 0n ? 1n : -1n), step).map(String).join(' ');
  }) as PlainFn,
  deepEqual: ((a: unknown, b: unknown) => deepEqual(a, b)) as PlainFn,
  mustHas: ((needle: unknown, l: unknown) => list(l, 'has').some((x) => goEq(x, [needle]))) as PlainFn,
  strJoin: ((l: unknown, sep: unknown) => list(l, 'join').map(strval).join(str(sep))) as PlainFn,
};
