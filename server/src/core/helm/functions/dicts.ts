/** Maps: Sprig's dict functions (get returns "" for a missing key, as Sprig does). */

import { PlainFn, TemplateFn } from '../eval/frame';
import { EvalError } from '../eval/compare';
import { goType, GoMap, originAt, setOrigin, Unknown } from '../eval/values';
import { byteOrder } from '../eval/print';
import { str, strval } from './convert';

function dict(v: unknown, fn: string): GoMap {
  if (v instanceof Map) return v;
  throw new EvalError(`${fn}: expected a map, got ${goType(v)}`);
}

export function deepCopy(v: unknown): unknown {
  if (Array.isArray(v)) {
    const out = v.map(deepCopy);
    v.forEach((_, i) => { const o = originAt(v, i); if (o) setOrigin(out, i, o); });
    return out;
  }
  if (v instanceof Map) {
    const out: GoMap = new Map();
    for (const [k, x] of v) {
      out.set(k, deepCopy(x));
      const o = originAt(v, k);
      if (o) setOrigin(out, k, o);
    }
    return out;
  }
  return v;
}

/** mergo: fills `dst` with what it lacks from `src` (overwrite: `src` wins), maps merged deeply. */
export function mergeInto(dst: GoMap, src: GoMap, overwrite: boolean): GoMap {
  for (const [k, v] of src) {
    const d = dst.get(k);
    if (d instanceof Map && v instanceof Map) mergeInto(d, v, overwrite);
    else if (!dst.has(k) || d === null || d === undefined || (overwrite && v !== null && v !== undefined)) {
      dst.set(k, deepCopy(v));
      const o = originAt(src, k);
      if (o) setOrigin(dst, k, o);
    }
  }
  return dst;
}

export const DICT_FUNCTIONS: Record<string, TemplateFn> = {
  dict: ((...a: unknown[]) => {
    const m: GoMap = new Map();
    for (let i = 0; i < a.length; i += 2) m.set(strval(a[i]), i + 1 < a.length ? a[i + 1] : '');
    return m;
  }) as PlainFn,
  get: {
    traced: ({ args }) => {
      const [d, k] = args;
      if (d?.v instanceof Unknown) return d;
      const m = dict(d?.v, 'get');
      const key = str(k?.v);
      return m.has(key) ? { v: m.get(key), o: originAt(m, key) } : { v: '' };
    },
  },
  set: ((d: unknown, k: unknown, v: unknown) => dict(d, 'set').set(str(k), v)) as PlainFn,
  unset: ((d: unknown, k: unknown) => { const m = dict(d, 'unset'); m.delete(str(k)); return m; }) as PlainFn,
  hasKey: ((d: unknown, k: unknown) => dict(d, 'hasKey').has(str(k))) as PlainFn,
  keys: ((...ds: unknown[]) => ds.flatMap((d) => [...dict(d, 'keys').keys()]).sort(byteOrder)) as PlainFn,
  values: ((d: unknown) => { const m = dict(d, 'values'); return [...m.keys()].sort(byteOrder).map((k) => m.get(k)); }) as PlainFn,
  pick: ((d: unknown, ...ks: unknown[]) => new Map([...dict(d, 'pick')].filter(([k]) => ks.map(strval).includes(k)))) as PlainFn,
  omit: ((d: unknown, ...ks: unknown[]) => new Map([...dict(d, 'omit')].filter(([k]) => !ks.map(strval).includes(k)))) as PlainFn,
  merge: ((dst: unknown, ...srcs: unknown[]) => srcs.reduce<GoMap>((acc, s) => mergeInto(acc, dict(s, 'merge'), false), dict(dst, 'merge'))) as PlainFn,
  mergeOverwrite: ((dst: unknown, ...srcs: unknown[]) => srcs.reduce<GoMap>((acc, s) => mergeInto(acc, dict(s, 'mergeOverwrite'), true), dict(dst, 'mergeOverwrite'))) as PlainFn,
  deepCopy: deepCopy as PlainFn,
  pluck: ((k: unknown, ...ds: unknown[]) => ds.map((d) => dict(d, 'pluck')).filter((m) => m.has(str(k))).map((m) => m.get(str(k)))) as PlainFn,
  dig: ((...a: unknown[]) => {
    const d = dict(a[a.length - 1], 'dig');
    const fallback = a[a.length - 2];
    let current: unknown = d;
    for (const k of a.slice(0, -2)) {
      if (!(current instanceof Map) || !current.has(str(k))) return fallback;
      current = current.get(str(k));
    }
    return current;
  }) as PlainFn,
};
