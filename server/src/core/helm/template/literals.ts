/** Go literals inside actions: interpreted and raw strings, rune constants, numbers. */

import { TemplateSyntaxError } from './tokens';

const SIMPLE_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'" };

/** A quoted literal starting at `start`; rune constants ('x') decode to their code point as an integer. */
export function readQuoted(src: string, start: number, end: number): { end: number; value: string | bigint } {
  const quote = src[start];
  if (quote === '`') {
    const close = src.indexOf('`', start + 1);
    if (close < 0 || close >= end) throw new TemplateSyntaxError('unterminated raw quoted string', start);
    return { end: close + 1, value: src.slice(start + 1, close) };
  }
  let out = '';
  let i = start + 1;
  while (i < end) {
    const c = src[i] ?? '';
    if (c === quote) {
      if (quote === "'") return { end: i + 1, value: BigInt(out.codePointAt(0) ?? 0) };
      return { end: i + 1, value: out };
    }
    if (c === '\n') break;
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = src[i + 1] ?? '';
    if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
      i += 2;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = src.slice(i + 2, i + 2 + len);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) throw new TemplateSyntaxError('invalid escape in quoted string', i);
      out += e === 'x' ? String.fromCharCode(parseInt(hex, 16)) : String.fromCodePoint(parseInt(hex, 16));
      i += 2 + len;
    } else if (/[0-7]/.test(e)) {
      out += String.fromCharCode(parseInt(src.slice(i + 1, i + 4), 8));
      i += 4;
    } else throw new TemplateSyntaxError('invalid escape in quoted string', i);
  }
  throw new TemplateSyntaxError('unterminated quoted string', start);
}

/** An integer (bigint) or a float (number), with Go's prefixes and underscores. */
export function readNumber(src: string, start: number, end: number): { end: number; value: bigint | number } {
  const m = /^[+-]?(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][+-]?[0-9_]+)?)/.exec(src.slice(start, end));
  const text = m?.[0] ?? '';
  const stop = start + text.length;
  if (!text || /[\p{L}\p{N}_.]/u.test(src[stop] ?? '') && stop < end) throw new TemplateSyntaxError(`bad number syntax: "${src.slice(start, Math.min(end, stop + 1))}"`, start);
  const clean = text.replace(/_/g, '');
  const sign = clean.startsWith('-') ? -1n : 1n;
  const body = clean.replace(/^[+-]/, '');
  if (/^0[xXbBoO]/.test(body)) return { end: stop, value: sign * BigInt(body.replace(/^0[oO]/, '0o').toLowerCase()) };
  if (/^[0-9]+$/.test(body)) {
    // Go reads a leading 0 as octal.
    const v = body.length > 1 && body.startsWith('0') ? BigInt(`0o${body.slice(1)}`) : BigInt(body);
    return { end: stop, value: sign * v };
  }
  return { end: stop, value: Number(clean) };
}
