/**
 * How Helm's toYaml (sigs.k8s.io/yaml on go-yaml v2, YAML 1.1) writes one scalar: plain when it
 * reads back as the same string, else single-quoted, double-quoted, or a literal block.
 */

import { goFloatG } from '../eval/format-float';

const BOOL_OR_NULL = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'on', 'On', 'ON', 'off', 'Off', 'OFF', '~', 'null', 'Null', 'NULL', '']);
const SPECIAL_FLOAT = /^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/;
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|0[0-7]*|[1-9][0-9]*)$/;
const BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|\s+)\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?(?:\s*(?:Z|[-+]\d{1,2}(?::?\d{2})?))?)?$/;
const INDICATOR_FIRST = new Set([...'#,[]{}&*!|>\'"%@`']);

/** Reads back as something other than this string under YAML 1.1 (bool, null, number, timestamp). */
export function resolvesToOther(s: string): boolean {
  if (BOOL_OR_NULL.has(s) || SPECIAL_FLOAT.test(s)) return true;
  const plain = s.replace(/_/g, '');
  return GO_INT.test(plain) || YAML_FLOAT.test(plain) || BASE60.test(s) || TIMESTAMP.test(s);
}

/** libyaml's printable set: a tab or control character forces double quotes. */
function printable(cp: number): boolean {
  return cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || cp === 0x85 || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff) || cp >= 0x10000;
}

interface Analysis {
  plain: boolean;
  single: boolean;
  block: boolean;
}

function analyze(s: string): Analysis {
  const chars = [...s];
  const blank = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
  let plain = true;
  let single = true;
  let block = true;
  if (s.startsWith('---') || s.startsWith('...')) plain = false;
  const first = chars[0] ?? '';
  if (INDICATOR_FIRST.has(first) || ((first === '?' || first === ':' || first === '-') && blank(chars[1]))) plain = false;
  let special = false;
  chars.forEach((c, i) => {
    if (i > 0 && c === ':' && blank(chars[i + 1])) plain = false;
    if (i > 0 && c === '#' && blank(chars[i - 1])) plain = false;
    if (!printable(c.codePointAt(0) ?? 0)) special = true;
    if (c === ' ' && chars[i + 1] === '\n') special = true;
    if (c === '\n' && chars[i + 1] === ' ' && i + 1 < chars.length - 1) single = false;
  });
  if (/^[ \n]|[ \n]$/.test(s)) plain = false;
  if (s.endsWith(' ')) block = false;
  if (s.includes('\n')) plain = false;
  if (special) plain = single = block = false;
  return { plain, single, block };
}

export function doubleQuoted(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    const esc: Record<number, string> = { 0: '\\0', 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r', 27: '\\e', 34: '\\"', 92: '\\\\', 0x85: '\\N', 0xa0: '\\_', 0x2028: '\\L', 0x2029: '\\P' };
    if (esc[cp]) out += esc[cp];
    else if (!printable(cp)) out += cp <= 0xff ? `\\x${cp.toString(16).toUpperCase().padStart(2, '0')}` : cp <= 0xffff ? `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}` : `\\U${cp.toString(16).toUpperCase().padStart(8, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** A string scalar on one line, or `undefined` when it needs a literal block. */
export function inlineString(s: string, isKey: boolean): string | undefined {
  const a = analyze(s);
  if (s.includes('\n') && !isKey && a.block) return undefined;
  if (!resolvesToOther(s) && a.plain) return s;
  if (resolvesToOther(s) || s.includes('\n') || !a.single) return doubleQuoted(s);
  return `'${s.replace(/'/g, "''")}'`;
}

/** A literal block (`|`, `|-`, `|+`) with its content lines at `indent`. */
export function literalBlock(s: string, indent: string): string {
  const hint = s.startsWith(' ') || s.startsWith('\n') ? '2' : '';
  const chomp = !s.endsWith('\n') ? '-' : s.length === 1 || s.endsWith('\n\n') ? '+' : '';
  const body = s.endsWith('\n') ? s.slice(0, -1) : s;
  return `|${hint}${chomp}\n${body.split('\n').map((l) => (l ? indent + l : '')).join('\n')}`;
}

export function nonStringScalar(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) < 1e21) return BigInt(v).toString();
    if (v === Infinity) return '.inf';
    if (v === -Infinity) return '-.inf';
    if (Number.isNaN(v)) return '.nan';
    return goFloatG(v);
  }
  return String(v);
}
