/**
 * Minimal YAML edits for quick fixes: set a value (keeping its quote style), insert a missing key
 * at the right indentation, remove a key's lines, rename a key. Everything else in the text, in
 * particular comments, stays byte for byte. Returns undefined where a safe edit is not possible
 * (flow collections it cannot extend, aliases, templates), so no fix is offered rather than a bad one.
 */

import { CST, Document, isMap, Lexer, isScalar, Node, Pair, YAMLMap } from 'yaml';
import { Span } from '../text/span';
import { columnOf, lineStartOf, newlineOf, nextLineStart, startsLine, TextEdit } from './text-edit';

export type Value = string | number | boolean;

/** A scalar as YAML text, quoted when plain text would change its meaning. */
export function yamlScalar(value: Value, quote?: '"' | "'"): string {
  if (typeof value !== 'string') return String(value);
  if (quote) return quote === '"' ? JSON.stringify(value) : `'${value.replace(/'/g, "''")}'`;
  const plainSafe = /^[A-Za-z0-9_./][A-Za-z0-9_./ :-]*$/.test(value) && !/: |:$| $/.test(value) && !/^(true|false|null|yes|no|on|off|~|[-+]?\d[\d.eE+-]*)$/i.test(value);
  return plainSafe ? value : JSON.stringify(value);
}

/** Replaces a scalar's text, keeping single or double quotes if it had them. */
export function replaceScalar(text: string, span: Span, value: Value): TextEdit {
  const first = text[span.start];
  const quote = first === '"' || first === "'" ? first : undefined;
  return { span, newText: yamlScalar(value, typeof value === 'string' ? quote : undefined) };
}

/**
 * Removes a block mapping entry with its whole lines. Comments on those lines are the user's
 * words, not part of the setting, so they stay behind, each on its own line at the key's column.
 */
export function removeEntry(text: string, keySpan: Span, valueEnd: number): TextEdit | undefined {
  if (!startsLine(text, keySpan.start)) return undefined;
  const start = lineStartOf(text, keySpan.start);
  const end = nextLineStart(text, Math.max(keySpan.end, valueEnd - 1));
  const indent = ' '.repeat(keySpan.start - start);
  const nl = newlineOf(text);
  const kept = commentsIn(text.slice(start, end)).map((c) => `${indent}${c}${nl}`);
  return { span: { start, end }, newText: kept.join('') };
}

/** The comments of a YAML fragment, by the YAML lexer (a `#` in a string or block scalar is not one). */
function commentsIn(fragment: string): string[] {
  if (!fragment.includes('#')) return [];
  return [...new Lexer().lex(fragment)].filter((token) => CST.tokenType(token) === 'comment');
}

export function renameKey(keySpan: Span, newKey: string): TextEdit {
  return { span: keySpan, newText: newKey };
}

/**
 * Sets `path` below the document root to `value`: replaces an existing scalar, or inserts the
 * missing keys under the deepest existing block mapping.
 */
export function setIn(doc: Document.Parsed, text: string, path: readonly string[], value: Value): TextEdit | undefined {
  let map: YAMLMap | undefined = isMap(doc.contents) ? doc.contents : undefined;
  let keyColumn = map ? columnOf(text, firstKeyStart(map) ?? 0) : 0;
  for (let depth = 0; map && depth < path.length; depth++) {
    const pair = findPair(map, path[depth] ?? '');
    if (!pair) return insertUnder(text, map, keyColumn, path.slice(depth), value);
    const node = pair.value as Node | null;
    if (depth === path.length - 1) {
      if (isScalar(node) && node.range && node.value !== null) return replaceScalar(text, { start: node.range[0], end: node.range[1] }, value);
      if (node === null || (isScalar(node) && node.value === null)) return insertAfterKey(text, pair, path.slice(depth + 1), value, keyColumn, yamlScalar(value));
      return undefined;
    }
    if (node === null || (isScalar(node) && node.value === null)) return insertAfterKey(text, pair, path.slice(depth + 1), value, keyColumn);
    if (!isMap(node)) return undefined;
    map = node;
    keyColumn = node.flow ? keyColumn : columnOf(text, firstKeyStart(node) ?? 0);
  }
  return undefined;
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return (map.items as Pair[]).find((p) => isScalar(p.key) && String(p.key.value) === key);
}

function firstKeyStart(map: YAMLMap): number | undefined {
  const first = (map.items as Pair[])[0];
  return isScalar(first?.key) ? first.key.range?.[0] : undefined;
}

/** New lines for `path: value`, each level indented two more spaces. */
function block(path: readonly string[], value: Value, column: number, nl: string): string {
  return path.map((key, i) => `${' '.repeat(column + 2 * i)}${key}:${i === path.length - 1 ? ` ${yamlScalar(value)}` : ''}`).join(nl) + nl;
}

function insertUnder(text: string, map: YAMLMap, column: number, path: readonly string[], value: Value): TextEdit | undefined {
  const nl = newlineOf(text);
  const last = (map.items as Pair[])[map.items.length - 1];
  if (map.flow) {
    if (!map.range || path.length !== 1 || text[map.range[1] - 1] !== '}') return undefined;
    const inner = text.slice(map.range[0] + 1, map.range[1] - 1);
    const at = map.range[0] + 1 + inner.trimEnd().length;
    const entry = `${path[0]}: ${yamlScalar(value)}`;
    return { span: { start: at, end: at }, newText: inner.trim() === '' ? entry : `, ${entry}` };
  }
  const lastEnd = last ? ((last.value as Node | null)?.range?.[1] ?? (last.key as Node).range?.[1]) : undefined;
  if (lastEnd === undefined) return undefined;
  const at = nextLineStart(text, Math.max(0, lastEnd - 1));
  const prefix = at === text.length && !text.endsWith('\n') ? nl : '';
  return { span: { start: at, end: at }, newText: prefix + block(path, value, column, nl) };
}

function insertAfterKey(text: string, pair: Pair, path: readonly string[], value: Value, column: number, scalar?: string): TextEdit | undefined {
  const key = pair.key as Node;
  if (!key.range) return undefined;
  const colon = text.indexOf(':', key.range[1]);
  if (colon < 0) return undefined;
  // `key: null` or `key: ~` spell the empty value out; the new value replaces that word.
  const written = isScalar(pair.value) && pair.value.range && pair.value.range[1] > pair.value.range[0] ? pair.value.range : undefined;
  if (scalar !== undefined) return written ? { span: { start: written[0], end: written[1] }, newText: scalar } : { span: { start: colon + 1, end: colon + 1 }, newText: ` ${scalar}` };
  const nl = newlineOf(text);
  const at = nextLineStart(text, colon);
  const prefix = at === text.length && !text.endsWith('\n') ? nl : '';
  const lines = prefix + block(path, value, column + 2, nl);
  return written ? { span: { start: colon + 1, end: at }, newText: text.slice(written[1], at) + lines } : { span: { start: at, end: at }, newText: lines };
}
