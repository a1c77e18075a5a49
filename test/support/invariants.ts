/**
 * What must hold for any text a user can type, checked by the property tests: the analysis
 * finishes without an exception within a time proportional to the text, every span and hint
 * lies inside the text, editor features answer anywhere, and every fix and refactoring is safe.
 */

import assert from 'node:assert/strict';
import { IncrementalAnalyzer, FileResult, chunkAt } from '../../server/src/core/incremental/analyzer';
import { DEFAULT_RULE_OPTIONS } from '../../server/src/core/rules/options';
import { DEFAULT_OPTIONS } from '../../server/src/core/analysis';
import { inlayHints } from '../../server/src/core/ide/inlay-hints';
import { hoverAt } from '../../server/src/core/ide/hover';
import { completeAt } from '../../server/src/core/ide/completion';
import { refactoringsAt } from '../../server/src/core/ide/refactors';
import { Span } from '../../server/src/core/text/span';
import { assertFixIsSafe } from './fix-safety';

/** Generous: it catches hangs and quadratic blow-ups, not slowness (no timing is asserted otherwise). */
export const timeBoundMs = (length: number) => 2000 + length * 0.2;

export function analyzeChecked(text: string, analyzer = new IncrementalAnalyzer()): FileResult {
  const started = performance.now();
  const result = analyzer.analyze(text, DEFAULT_RULE_OPTIONS);
  const elapsed = performance.now() - started;
  assert.ok(elapsed < timeBoundMs(text.length), `analysis of ${text.length} characters took ${elapsed.toFixed(0)} ms`);
  assert.deepEqual(result.ruleErrors, []);
  for (const c of result.chunks) assert.equal(c.analysis.internalError, undefined);
  for (const f of result.findings) {
    inside(f.span, text.length, `${f.rule} finding`);
    for (const r of f.related ?? []) inside(r.span, text.length, `${f.rule} related`);
    for (const fix of f.fixes ?? []) for (const e of fix.edits) inside(e.span, text.length, `${f.rule} fix`);
  }
  for (const c of result.chunks) {
    for (const h of inlayHints(c.analysis)) assert.ok(h.offset >= 0 && h.offset <= c.analysis.text.length, `hint ${h.label} at ${h.offset}`);
  }
  return result;
}

function inside(span: Span, length: number, what: string): void {
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= length, `${what} span ${span.start}-${span.end} outside 0-${length}`);
}

/** Hover, completion and refactorings at an offset: they answer and their edits are safe. */
export function featuresAt(text: string, result: FileResult, offset: number): void {
  const chunk = chunkAt(result, offset);
  if (!chunk) return;
  const at = offset - chunk.start;
  const hover = hoverAt(chunk.analysis, at);
  if (hover) inside(hover.span, chunk.analysis.text.length, 'hover');
  for (const c of completeAt(chunk.analysis.text, chunk.analysis, at)) assert.equal(typeof c.insertText, 'string');
  for (const ra of chunk.analysis.resources) {
    const span = ra.resource.span;
    if (at < span.start || at > span.end) continue;
    const ctx = { text: chunk.analysis.text, analysis: chunk.analysis, resource: ra.resource, projection: ra.projection, offset: at, options: DEFAULT_OPTIONS };
    for (const r of refactoringsAt(ctx)) assertFixIsSafe(chunk.analysis.text, r, 'refactoring');
  }
}

export function fixesAreSafe(text: string, result: FileResult, limit = Infinity): number {
  let tried = 0;
  for (const f of result.findings) {
    for (const fix of f.fixes ?? []) {
      if (tried++ >= limit) return tried;
      assertFixIsSafe(text, fix, f.rule);
    }
  }
  return tried;
}

/** What a user sees from a result (findings with fixes, hints, projections), to compare incremental and fresh analyses. */
export function visibleSummary(r: FileResult): unknown {
  return {
    findings: r.findings.map((f) => `${f.span.start}-${f.span.end} ${f.rule} ${f.severity} ${f.message} ${JSON.stringify(f.fixes?.map((x) => x.edits))}`).sort(),
    hints: r.chunks.flatMap((c) => inlayHints(c.analysis).map((h) => `${h.offset + c.start} ${h.label}`)),
    projections: r.chunks.flatMap((c) => c.analysis.resources.map((ra) => JSON.stringify(ra.projection, (_k, v) => (typeof v === 'bigint' ? String(v) : v)))),
  };
}
