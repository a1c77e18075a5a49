/** Base64, checksums and JSON (Go's encoding/json: sorted keys, HTML escaping in toJson). */

import { PlainFn, TemplateFn } from '../eval/frame';
import { jsonFloat } from '../eval/format-float';
import { byteOrder } from '../eval/print';
import { isStruct } from '../eval/values';
import { str, strval } from './convert';
import { sha256Hex } from './sha256';
import { fromPlain } from './from-plain';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += (B64[n >> 18] ?? '') + (B64[(n >> 12) & 63] ?? '') + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return out;
}

function unbase64(s: string): string {
  const clean = s.replace(/=+$/, '');
  if (/[^A-Za-z0-9+/]/.test(clean)) return `illegal base64 data at input byte ${clean.search(/[^A-Za-z0-9+/]/)}`;
  const bytes: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const ch of clean) {
    acc = (acc << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

export function toJson(v: unknown, html: boolean, indent = ''): string {
  const write = (x: unknown, depth: number): string => {
    if (x === null || x === undefined) return 'null';
    if (typeof x === 'string') return jsonString(x, html);
    if (typeof x === 'bigint') return x.toString();
    if (typeof x === 'number') return jsonFloat(x);
    if (typeof x === 'boolean') return String(x);
    const nl = indent ? `\n${indent.repeat(depth + 1)}` : '';
    const end = indent ? `\n${indent.repeat(depth)}` : '';
    if (Array.isArray(x)) return x.length ? `[${x.map((y) => nl + write(y, depth + 1)).join(',')}${end}]` : '[]';
    if (x instanceof Map) {
      const keys = [...x.keys()].sort(byteOrder);
      return keys.length ? `{${keys.map((k) => `${nl}${jsonString(k, html)}:${indent ? ' ' : ''}${write(x.get(k), depth + 1)}`).join(',')}${end}}` : '{}';
    }
    if (isStruct(x)) return '{}';
    return jsonString(strval(x), html);
  };
  return write(v, 0);
}

function jsonString(s: string, html: boolean): string {
  const body = JSON.stringify(s).slice(1, -1).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `"${html ? body.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026') : body}"`;
}

function fromJson(s: string): unknown {
  try {
    return fromPlain(JSON.parse(s));
  } catch (error) {
    return new Map([['Error', error instanceof Error ? error.message : String(error)]]);
  }
}

export const ENCODING_FUNCTIONS: Record<string, TemplateFn> = {
  b64enc: ((s: unknown) => base64(new TextEncoder().encode(strval(s)))) as PlainFn,
  b64dec: ((s: unknown) => unbase64(strval(s))) as PlainFn,
  sha256sum: ((s: unknown) => sha256Hex(str(s))) as PlainFn,
  toJson: ((v: unknown) => toJson(v, true)) as PlainFn,
  mustToJson: ((v: unknown) => toJson(v, true)) as PlainFn,
  toRawJson: ((v: unknown) => toJson(v, false)) as PlainFn,
  toPrettyJson: ((v: unknown) => toJson(v, true, '  ')) as PlainFn,
  fromJson: ((s: unknown) => fromJson(str(s))) as PlainFn,
  fromJsonArray: ((s: unknown) => { const v = fromJson(str(s)); return Array.isArray(v) ? v : []; }) as PlainFn,
  urlquery: ((...a: unknown[]) => encodeURIComponent(a.map(strval).join('')).replace(/%20/g, '+')) as PlainFn,
};
