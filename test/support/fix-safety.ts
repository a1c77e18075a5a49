/**
 * The "a quick fix never loses data" invariant, checked on any text and any fix:
 * - the result parses at least as well as the original (Helm templates masked as the core does);
 * - every comment of the original is still there (by the YAML lexer, so `#` in strings is not one);
 * - every value that differs between the two texts lies where an edit touched (on one side at
 *   least: `job:` with no value turning into a map is judged by the new map), so a fix that
 *   re-parents a sibling by accident, or changes another document, fails here.
 */

import assert from 'node:assert/strict';
import { CST, Document, isAlias, isMap, isNode, isScalar, isSeq, Lexer, Node } from 'yaml';
import { parseYaml } from '../../server/src/core/yaml/parse';
import { applyEdits, TextEdit } from '../../server/src/core/edits/text-edit';
import { Span } from '../../server/src/core/text/span';
import { differingPaths, Path } from './value-diff';

export function assertFixIsSafe(text: string, fix: { title: string; edits: readonly TextEdit[] }, where = ''): string {
  const label = `${where} "${fix.title}"`;
  assertNoOverlap(fix.edits, label);
  const result = applyEdits(text, fix.edits);
  const before = parseYaml(text).documents;
  const after = parseYaml(result).documents;
  const errors = (docs: typeof before) => docs.reduce((n, d) => n + d.doc.errors.length, 0);
  assert.ok(errors(after) <= errors(before), `${label} made the YAML invalid: ${after.flatMap((d) => d.doc.errors.map((e) => e.message)).join('; ')}`);
  assertCommentsKept(text, result, label);
  assert.equal(after.length, before.length, `${label} changed the number of documents`);
  const touchedBefore = fix.edits.map((e) => e.span);
  const touchedAfter = spansInResult(fix.edits);
  before.forEach((b, i) => {
    const a = after[i];
    if (!a) return;
    const [valueBefore, valueAfter] = [plain(b.doc), plain(a.doc)];
    if (valueBefore === UNREADABLE) return; // an alias without anchor: nothing to compare against
    assert.notEqual(valueAfter, UNREADABLE, `${label} made document ${i + 1} unreadable`);
    for (const path of differingPaths(valueBefore, valueAfter)) {
      const nodes = [nodeAt(b.doc, path, touchedBefore), nodeAt(a.doc, path, touchedAfter)].filter((n) => n !== undefined);
      assert.ok(nodes.some((touched) => touched), `${label} changed ${path.join('.') || 'the document root'}, which no edit touched`);
    }
  });
  return result;
}

/** LSP clients refuse a workspace edit whose edits overlap (two edits of one value included). */
function assertNoOverlap(edits: readonly TextEdit[], label: string): void {
  const sorted = [...edits].sort((x, y) => x.span.start - y.span.start);
  for (let i = 1; i < sorted.length; i++) {
    const [prev, next] = [sorted[i - 1]!, sorted[i]!];
    const overlaps = next.span.start < prev.span.end || (next.span.start === prev.span.start && prev.span.start === prev.span.end);
    assert.ok(!overlaps, `${label} has overlapping edits at ${prev.span.start}-${prev.span.end} and ${next.span.start}-${next.span.end}`);
  }
}

const UNREADABLE = Symbol('unreadable');

function plain(doc: Document.Parsed): unknown {
  try {
    return doc.toJS({ maxAliasCount: 1000 });
  } catch {
    return UNREADABLE;
  }
}

function assertCommentsKept(text: string, result: string, label: string): void {
  const remaining = new Map<string, number>();
  for (const c of comments(result)) remaining.set(c, (remaining.get(c) ?? 0) + 1);
  for (const c of comments(text)) {
    const left = remaining.get(c) ?? 0;
    assert.ok(left > 0, `${label} lost the comment ${c}`);
    remaining.set(c, left - 1);
  }
}

export function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((t) => CST.tokenType(t) === 'comment').map((t) => t.trim());
}

/** Where each edit's new text lands in the result. */
function spansInResult(edits: readonly TextEdit[]): Span[] {
  let shift = 0;
  return [...edits].sort((x, y) => x.span.start - y.span.start).map((e) => {
    const start = e.span.start + shift;
    shift += e.newText.length - (e.span.end - e.span.start);
    return { start, end: start + e.newText.length };
  });
}

/**
 * Whether the entry at `path` overlaps an edit; undefined when the path does not exist in this
 * document (an added or removed key is judged on the other side). The path is followed through
 * aliases and `<<` merge keys, so a change to an anchored value counts where the anchor is.
 */
function nodeAt(doc: Document.Parsed, path: Path, touched: Span[]): boolean | undefined {
  const spans = entrySpans(doc, doc.contents, path);
  if (spans.length === 0) return undefined;
  return spans.some((range) => touched.some((s) => s.start <= range.end && range.start <= s.end));
}

/** Spans that hold the value at `path`: its key and value, and the anchored node an alias points to. */
function entrySpans(doc: Document.Parsed, node: unknown, path: Path, depth = 0): Span[] {
  const target = isAlias(node) ? node.resolve(doc) : node;
  const own = [spanOf(node), target !== node ? spanOf(target) : undefined].filter((s): s is Span => s !== undefined);
  if (path.length === 0 || depth > 50) return own;
  const [head, ...rest] = path;
  if (isSeq(target)) return entrySpans(doc, target.items[Number(head)], rest, depth + 1);
  if (!isMap(target)) return [];
  const pair = target.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(head));
  if (pair) {
    const inner = entrySpans(doc, pair.value, rest, depth + 1);
    const key = spanOf(pair.key);
    return inner.length && key && rest.length === 0 ? [key, ...inner] : inner;
  }
  const merged = target.items.filter((p) => isScalar(p.key) && p.key.value === '<<');
  return merged.flatMap((p) => (isSeq(p.value) ? p.value.items : [p.value]).flatMap((source) => entrySpans(doc, source, path, depth + 1)));
}

function spanOf(node: unknown): Span | undefined {
  const range = isNode(node) ? (node as Node).range : undefined;
  return range ? { start: range[0], end: range[2] } : undefined;
}
