/** Sprig's regex functions, run with JavaScript's engine (RE2 syntax is a subset for what charts use). */

import { PlainFn, TemplateFn } from '../eval/frame';
import { EvalError } from '../eval/compare';
import { int, str } from './convert';

function re(pattern: unknown, flags = ''): RegExp {
  const p = str(pattern);
  // RE2's inline flags (?i) at the start are common in charts; JavaScript spells them as flags.
  const inline = /^\(\?([ims]+)\)/.exec(p);
  try {
    return new RegExp(inline ? p.slice(inline[0].length) : p, flags + (inline?.[1] ?? '').replace(/[^ims]/g, ''));
  } catch (error) {
    throw new EvalError(`error parsing regexp: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export const REGEX_FUNCTIONS: Record<string, TemplateFn> = {
  regexMatch: ((p: unknown, s: unknown) => re(p).test(str(s))) as PlainFn,
  mustRegexMatch: ((p: unknown, s: unknown) => re(p).test(str(s))) as PlainFn,
  regexFind: ((p: unknown, s: unknown) => re(p).exec(str(s))?.[0] ?? '') as PlainFn,
  regexFindAll: ((p: unknown, s: unknown, n: unknown) => {
    const all = [...str(s).matchAll(re(p, 'g'))].map((m) => m[0]);
    const limit = int(n);
    return limit < 0 ? all : all.slice(0, limit);
  }) as PlainFn,
  regexReplaceAll: ((p: unknown, s: unknown, r: unknown) => str(s).replace(re(p, 'g'), str(r).replace(/\$\{(\w+)\}/g, '$$$1'))) as PlainFn,
  regexReplaceAllLiteral: ((p: unknown, s: unknown, r: unknown) => str(s).replace(re(p, 'g'), () => str(r))) as PlainFn,
  regexSplit: ((p: unknown, s: unknown, n: unknown) => {
    const parts = str(s).split(re(p));
    const limit = int(n);
    return limit < 0 ? parts : parts.slice(0, limit);
  }) as PlainFn,
  regexQuoteMeta: ((s: unknown) => str(s).replace(/[\\.+*?()|[\]{}^$]/g, '\\$&')) as PlainFn,
};
