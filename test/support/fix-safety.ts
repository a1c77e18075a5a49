/**
 * The "a quick fix never loses data" invariant, checked on any text and any fix:
 * - the result parses at least as well as the original (Helm templates masked as the core does);
 * - every comment of the original is still there (by the YAML lexer, so `#` in strings is not one);
 * - every value that differs between the two texts lies where an edit touched (on one side at
 *   least: `job:` with no value turning into a map is judged by the new map), so a fix that
 *   re-parents a sibling by accident, or changes another document, fails here.
 */

import assert from 'node:assert/strict';
import { CST, Document, isMap, isNode, isScalar, isSeq, Lexer, Node } from 'yaml';
import { parseYaml } from '../../server/src/core/yaml/parse';
import { applyEdits, TextEdit } from '../../server/src/core/edits/text-edit';
import { Span } from '../../server/src/core/text/span';
import { differingPaths, Path } from './value-diff';

export function assertFixIsSafe(text: string, fix: { title: string; edits: readonly TextEdit[] }, where = ''): string {
  const label = `${where} "${fix.title}"`;
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
    for (const path of differingPaths(b.doc.toJS({ maxAliasCount: -1 }), a.doc.toJS({ maxAliasCount: -1 }))) {
      const nodes = [nodeAt(b.doc, path, touchedBefore), nodeAt(a.doc, path, touchedAfter)].filter((n) => n !== undefined);
      assert.ok(nodes.some((touched) => touched), `${label} changed ${path.join('.') || 'the document root'}, which no edit touched`);
    }
  });
  return result;
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
 * Whether the entry at `path` (key and value) overlaps an edit; undefined when the path does not
 * exist in this document (an added or removed key is judged on the other side).
 */
function nodeAt(doc: Document.Parsed, path: Path, touched: Span[]): boolean | undefined {
  const range = entryRange(doc, path);
  return range && touched.some((s) => s.start <= range.end && range.start <= s.end);
}

function entryRange(doc: Document.Parsed, path: Path): Span | undefined {
  if (path.length === 0) return spanOf(doc.contents);
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isSeq(parent)) return spanOf(parent.items[Number(last)]);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(last));
  const key = spanOf(pair?.key);
  const value = spanOf(pair?.value);
  return key && value ? { start: key.start, end: value.end } : key ?? value;
}

function spanOf(node: unknown): Span | undefined {
  const range = isNode(node) ? (node as Node).range : undefined;
  return range ? { start: range[0], end: range[2] } : undefined;
}
