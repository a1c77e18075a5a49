/** Sprig's string functions as Helm charts use them. */

import { Call, PlainFn, TemplateFn, TracedFn } from '../eval/frame';
import { EvalError } from '../eval/compare';
import { indentVal, sliceVal, wrapVal } from '../eval/traced-string';
import { Unknown, Val } from '../eval/values';
import { byteLength, int, list, str, strval } from './convert';
import { goQuote } from './go-quote';


/** Runs a string function on a traced string, keeping its marks. */
function tracedString(fn: (val: Val, call: Val[]) => Val): TracedFn {
  return {
    traced: (call) => {
      const args = [...call.args];
      const unknown = args.find((a) => a.v instanceof Unknown);
      if (unknown) return unknown;
      const target = args[args.length - 1] as Val;
      str(target.v);
      return fn(target, args.slice(0, -1));
    },
  };
}

function trimmed(val: Val, left: (s: string) => number, right: (s: string) => number): Val {
  const s = val.v as string;
  const from = left(s);
  return sliceVal(val, from, Math.max(from, s.length - right(s)));
}

const leadingSpace = (s: string) => s.length - s.replace(/^[\s\u0085\u00a0]+/, '').length;
const trailingSpace = (s: string) => s.length - s.replace(/[\s\u0085\u00a0]+$/, '').length;

export const STRING_FUNCTIONS: Record<string, TemplateFn> = {
  trim: tracedString((v) => trimmed(v, leadingSpace, trailingSpace)),
  trimPrefix: tracedString((v, [p]) => trimmed(v, (s) => (s.startsWith(str(p?.v)) ? str(p?.v).length : 0), () => 0)),
  trimSuffix: tracedString((v, [x]) => trimmed(v, () => 0, (s) => (s.endsWith(str(x?.v)) ? str(x?.v).length : 0))),
  indent: tracedString((v, [n]) => indentVal(v, ' '.repeat(Math.max(0, int(n?.v))), false)),
  nindent: tracedString((v, [n]) => indentVal(v, ' '.repeat(Math.max(0, int(n?.v))), true)),
  toString: { traced: ({ args }: Call) => { const a = args[0] ?? { v: null }; return a.v instanceof Unknown || typeof a.v === 'string' ? a : { v: strval(a.v), o: a.o }; } },
  quote: { traced: ({ args }: Call) => quoteAll(args, (s) => goQuote(s)) },
  squote: { traced: ({ args }: Call) => quoteAll(args, (s) => `'${s}'`) },
  trimAll: ((cut: unknown, s: unknown) => trimSet(str(s), str(cut))) as PlainFn,
  upper: ((s: unknown) => str(s).toUpperCase()) as PlainFn,
  lower: ((s: unknown) => str(s).toLowerCase()) as PlainFn,
  title: ((s: unknown) => str(s).replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase())) as PlainFn,
  untitle: ((s: unknown) => str(s).replace(/(^|\s)(\p{L})/gu, (_m, a: string, b: string) => a + b.toLowerCase())) as PlainFn,
  replace: ((o: unknown, n: unknown, s: unknown) => str(s).split(str(o)).join(str(n))) as PlainFn,
  contains: ((sub: unknown, s: unknown) => str(s).includes(str(sub))) as PlainFn,
  hasPrefix: ((p: unknown, s: unknown) => str(s).startsWith(str(p))) as PlainFn,
  hasSuffix: ((p: unknown, s: unknown) => str(s).endsWith(str(p))) as PlainFn,
  trunc: ((c: unknown, s: unknown) => trunc(int(c), str(s))) as PlainFn,
  substr: ((a: unknown, b: unknown, s: unknown) => substr(int(a), int(b), str(s))) as PlainFn,
  repeat: ((n: unknown, s: unknown) => {
    const count = Math.max(0, int(n));
    if (count * str(s).length > 4 * 1024 * 1024) throw new EvalError('the repeated string would be larger than 4 MiB');
    return str(s).repeat(count);
  }) as PlainFn,
  nospace: ((s: unknown) => str(s).replace(/\s+/g, '')) as PlainFn,
  cat: ((...a: unknown[]) => a.filter((x) => x !== null && x !== undefined).map(strval).join(' ')) as PlainFn,
  splitList: ((sep: unknown, s: unknown) => str(s).split(str(sep))) as PlainFn,
  split: ((sep: unknown, s: unknown) => new Map(str(s).split(str(sep)).map((p, i) => [`_${i}`, p]))) as PlainFn,
  join: ((sep: unknown, l: unknown) => (typeof l === 'string' ? l : list(l, 'join').filter((x) => x !== null && x !== undefined).map(strval).join(str(sep)))) as PlainFn,
  snakecase: ((s: unknown) => words(str(s)).join('_')) as PlainFn,
  kebabcase: ((s: unknown) => words(str(s)).join('-')) as PlainFn,
  camelcase: ((s: unknown) => str(s).split(/[_\s-]+/).map((w) => (w ? w[0]?.toUpperCase() + w.slice(1) : '')).join('')) as PlainFn,
  abbrev: ((w: unknown, s: unknown) => { const n = int(w); const t = str(s); return n < 4 || t.length <= n ? t : `${t.slice(0, n - 3)}...`; }) as PlainFn,
  plural: ((one: unknown, many: unknown, n: unknown) => (int(n) === 1 ? str(one) : str(many))) as PlainFn,
  toStrings: ((l: unknown) => list(l, 'toStrings').map(strval)) as PlainFn,
};

function quoteAll(args: readonly Val[], q: (s: string) => string): Val {
  const unknown = args.find((a) => a.v instanceof Unknown);
  if (unknown) return unknown;
  const present = args.filter((a) => a.v !== null && a.v !== undefined);
  if (present.length === 1) {
    const only = present[0] as Val;
    const s = strval(only.v);
    const quoted = q(s);
    // Keep the marks when quoting only added the quotes.
    if (quoted.length === s.length + 2) return wrapVal({ ...only, v: s }, quoted[0] ?? '', quoted[0] ?? '');
    return { v: quoted, o: only.o };
  }
  return { v: present.map((a) => q(strval(a.v))).join(' '), o: present.length === 1 ? present[0]?.o : undefined };
}

function trimSet(s: string, cut: string): string {
  const set = new Set([...cut]);
  const chars = [...s];
  let a = 0;
  let b = chars.length;
  while (a < b && set.has(chars[a] as string)) a++;
  while (b > a && set.has(chars[b - 1] as string)) b--;
  return chars.slice(a, b).join('');
}

function trunc(c: number, s: string): string {
  const len = byteLength(s);
  if (c < 0 && len + c > 0) return s.slice(s.length + c);
  if (c >= 0 && len > c) return s.slice(0, c);
  return s;
}

function substr(start: number, end: number, s: string): string {
  if (start < 0) return s.slice(0, end);
  if (end < 0 || end > s.length) return s.slice(start);
  if (start > end) throw new EvalError('slice bounds out of range');
  return s.slice(start, end);
}

/** Lower-case words split at case changes, spaces, underscores and dashes. */
function words(s: string): string[] {
  return s.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[\s_-]+/).filter(Boolean).map((w) => w.toLowerCase());
}

