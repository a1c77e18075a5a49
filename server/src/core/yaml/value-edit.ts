/**
 * Typing inside a value (a digit of `parallelism: 6`, a letter of `memory: "2048m"`) changes no
 * structure, so the document need not be parsed again: its tree is copied with that one scalar
 * read again on its own text and every later offset moved. This applies only where the result is
 * what a parse gives: one error-free document without templates, a plain or quoted scalar value
 * of a block collection (no key, tag, anchor or flow collection), on one line, whose old and new
 * texts hold only characters that cannot start any other YAML token. Anything else is parsed.
 */

import { Alias, Document, isAlias, isMap, isNode, isPair, isScalar, isSeq, Node, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { LineIndex } from '../text/line-index';
import { ParsedYaml, PARSE_OPTIONS } from './parse';

/** A plain scalar of words: no indicator, quote, comment, colon or comma can appear in it. */
const PLAIN = /^[A-Za-z0-9_][A-Za-z0-9_./+-]*(?: [A-Za-z0-9_./+-]+)*$/;
const INSIDE_QUOTES: Readonly<Record<string, RegExp>> = { QUOTE_DOUBLE: /^"[^"\\\r\n]*"$/, QUOTE_SINGLE: /^'[^'\r\n]*'$/ };
const CONTEXT = ['comment', 'commentBefore', 'spaceBefore'] as const;
const NODE_TYPE = Symbol.for('yaml.node.type');
const DOC = Symbol.for('yaml.document');

export function patchValueEdit(old: ParsedYaml, text: string): ParsedYaml | undefined {
  const [only, ...more] = old.documents;
  if (!only || more.length || old.templates.length || old.conditionals.length || text.includes('{{') || text.includes('${')) return undefined;
  const { doc } = only;
  if (doc.errors.length || doc.warnings.length) return undefined;
  // The edit: old.text[start, oldEnd) became text[start, oldEnd + delta).
  let start = 0;
  while (start < old.text.length && start < text.length && old.text.charCodeAt(start) === text.charCodeAt(start)) start++;
  let oldEnd = old.text.length;
  let newEnd = text.length;
  while (oldEnd > start && newEnd > start && old.text.charCodeAt(oldEnd - 1) === text.charCodeAt(newEnd - 1)) [oldEnd, newEnd] = [oldEnd - 1, newEnd - 1];
  const delta = newEnd - oldEnd;
  const target = valueAt(doc.contents as Node | null, start, oldEnd);
  const replacement = target && reread(target, old.text, text, start, oldEnd, delta, doc);
  if (!target || !replacement) return undefined;
  const move = (p: number) => (p >= oldEnd ? p + delta : p);
  const copy = copyDocument(doc, copyTree(doc.contents as Node | null, target, replacement, move), move);
  const end = Math.max(0, copy.range?.[2] ?? 0);
  return { text, lines: new LineIndex(text), documents: [{ doc: copy, region: { start: 0, end }, index: 0 }], templates: [], conditionals: [] };
}

/** The scalar value of a block collection whose value text holds [start, end), if any. */
function valueAt(node: Node | null, start: number, end: number): Scalar | undefined {
  if (!(isMap(node) || isSeq(node)) || node.flow) return undefined;
  for (const item of node.items as unknown[]) {
    if (isPair(item)) {
      const key = item.key as Node | null;
      if (isNode(key) && key.range && key.range[0] <= end && start <= key.range[1]) return undefined;
    }
    const value = (isPair(item) ? item.value : item) as Node | null;
    if (!isNode(value) || !value.range || value.range[0] > start || end > value.range[1]) continue;
    return isScalar(value) ? value : valueAt(value, start, end);
  }
  return undefined;
}

/** The edited scalar read on its own, with its place in the new text; undefined where that could differ from a parse. */
function reread(old: Scalar, oldText: string, text: string, start: number, oldEnd: number, delta: number, doc: Document.Parsed): Scalar | undefined {
  const range = old.range;
  if (!range || old.tag || old.anchor || (old.type !== 'PLAIN' && old.type !== 'QUOTE_DOUBLE' && old.type !== 'QUOTE_SINGLE')) return undefined;
  const [s, e] = range;
  const quoted = old.type !== 'PLAIN';
  if (quoted ? !(start > s && oldEnd < e) : !(start >= s && oldEnd <= e)) return undefined;
  const before = oldText.slice(s, e);
  const after = text.slice(s, e + delta);
  const shape = quoted ? (INSIDE_QUOTES[old.type as string] as RegExp) : PLAIN;
  if (!shape.test(before) || !shape.test(after)) return undefined;
  const alone = parseDocument(after, PARSE_OPTIONS);
  const scalar = alone.contents;
  if (alone.errors.length || alone.warnings.length || !isScalar(scalar) || scalar.type !== old.type || scalar.range?.[1] !== after.length) return undefined;
  if (alone.schema.name !== doc.schema.name || alone.directives?.yaml.version !== doc.directives?.yaml.version) return undefined;
  // What the scalar's text decides (value, source, type, format, digits) comes from reading it;
  // what its place decides (comments around it, a blank line before) stays as it was.
  const fresh = Object.assign(new Scalar(scalar.value), scalar, { range: [s, e + delta, (range[2] ?? e) + delta] });
  for (const key of CONTEXT) if (old[key] !== undefined) Object.assign(fresh, { [key]: old[key] });
  return fresh;
}

function copyTree(node: Node | null, target: Scalar, replacement: Scalar, move: (p: number) => number): Node | null {
  if (node === target) return replacement;
  if (!isNode(node)) return node;
  let copy: Node;
  if (isScalar(node)) copy = Object.assign(new Scalar(node.value), node);
  else if (isAlias(node)) copy = Object.assign(new Alias(node.source), node);
  else if (isMap(node)) copy = Object.assign(new YAMLMap(node.schema), node, { items: (node.items as Pair[]).map((p) => copyPair(p, target, replacement, move)) });
  else if (isSeq(node)) copy = Object.assign(new YAMLSeq(node.schema), node, { items: (node.items as unknown[]).map((i) => (isPair(i) ? copyPair(i, target, replacement, move) : copyTree(i as Node, target, replacement, move))) });
  else return node;
  if (node.range) copy.range = node.range.map(move) as [number, number, number];
  return copy;
}

function copyPair(pair: Pair, target: Scalar, replacement: Scalar, move: (p: number) => number): Pair {
  const copy = new Pair(copyTree(pair.key as Node | null, target, replacement, move), copyTree(pair.value as Node | null, target, replacement, move));
  for (const [k, v] of Object.entries(pair)) if (k !== 'key' && k !== 'value') (copy as unknown as Record<string, unknown>)[k] = v;
  return copy;
}

function copyDocument(doc: Document.Parsed, contents: Node | null, move: (p: number) => number): Document.Parsed {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(doc) as object) as Document.Parsed, doc, { contents, errors: [], warnings: [] });
  Object.defineProperty(copy, NODE_TYPE, { value: DOC });
  if (doc.range) copy.range = doc.range.map(move) as [number, number, number];
  return copy;
}
