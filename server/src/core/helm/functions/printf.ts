/** Go's fmt.Sprintf/Sprint/Sprintln for templates, with Go's `%!d(float64=2)` for a wrong verb. */

import { PlainFn, TemplateFn } from '../eval/frame';
import { formatV } from '../eval/print';
import { goType } from '../eval/values';
import { goQuote } from './go-quote';
import { str } from './convert';

function bad(verb: string, v: unknown): string {
  return v === null || v === undefined ? `%!${verb}(<nil>)` : `%!${verb}(${goType(v)}=${formatV(v)})`;
}

function pad(s: string, width: number | undefined, flags: string): string {
  if (width === undefined || s.length >= width) return s;
  if (flags.includes('-')) return s.padEnd(width);
  if (flags.includes('0') && /^[+-]?\d/.test(s)) {
    const sign = /^[+-]/.test(s) ? (s[0] as string) : '';
    return sign + s.slice(sign.length).padStart(width - sign.length, '0');
  }
  return s.padStart(width);
}

function one(verb: string, v: unknown, flags: string, prec: number | undefined): string {
  switch (verb) {
    case 'v':
      return formatV(v);
    case 's':
      if (typeof v === 'string') return prec === undefined ? v : v.slice(0, prec);
      if (Array.isArray(v)) return `[${v.map((x) => one('s', x, flags, prec)).join(' ')}]`;
      return v instanceof Map ? formatV(v) : bad('s', v);
    case 'q':
      return typeof v === 'string' ? goQuote(v) : typeof v === 'bigint' ? `'${String.fromCodePoint(Number(v))}'` : bad('q', v);
    case 'd':
      return typeof v === 'bigint' ? `${flags.includes('+') && v >= 0n ? '+' : ''}${v}` : bad('d', v);
    case 'x':
    case 'X': {
      const s = typeof v === 'bigint' ? v.toString(16) : typeof v === 'string' ? [...new TextEncoder().encode(v)].map((b) => b.toString(16).padStart(2, '0')).join('') : undefined;
      return s === undefined ? bad(verb, v) : verb === 'X' ? s.toUpperCase() : s;
    }
    case 'o':
      return typeof v === 'bigint' ? v.toString(8) : bad('o', v);
    case 'b':
      return typeof v === 'bigint' ? v.toString(2) : bad('b', v);
    case 'c':
      return typeof v === 'bigint' ? String.fromCodePoint(Number(v)) : bad('c', v);
    case 't':
      return typeof v === 'boolean' ? String(v) : bad('t', v);
    case 'f':
    case 'F':
      return typeof v === 'number' ? v.toFixed(prec ?? 6) : bad(verb, v);
    case 'e':
      return typeof v === 'number' ? v.toExponential(prec ?? 6).replace(/e([+-])(\d)$/, 'e$10$2') : bad('e', v);
    case 'g':
      return typeof v === 'number' ? formatV(v) : bad('g', v);
    default:
      return `%!${verb}(${goType(v)}=${formatV(v)})`;
  }
}

export function sprintf(format: string, args: readonly unknown[]): string {
  let out = '';
  let next = 0;
  const re = /%([-+# 0]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g;
  let last = 0;
  for (const m of format.matchAll(re)) {
    out += format.slice(last, m.index);
    last = (m.index ?? 0) + m[0].length;
    const [, flags = '', width, prec, verb = ''] = m;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (next >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += pad(one(verb, args[next++], flags, prec === undefined ? undefined : Number(prec)), width === undefined ? undefined : Number(width), flags);
  }
  out += format.slice(last);
  if (next < args.length) out += `%!(EXTRA ${args.slice(next).map((a) => `${goType(a)}=${formatV(a)}`).join(', ')})`;
  return out;
}

/** fmt.Sprint: a space between operands when neither is a string. */
function sprint(args: readonly unknown[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatV(a);
  });
  return out;
}

export const PRINT_FUNCTIONS: Record<string, TemplateFn> = {
  printf: ((f: unknown, ...a: unknown[]) => sprintf(str(f), a)) as PlainFn,
  print: ((...a: unknown[]) => sprint(a)) as PlainFn,
  println: ((...a: unknown[]) => `${a.map(formatV).join(' ')}\n`) as PlainFn,
};
