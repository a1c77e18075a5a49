/**
 * Fixes that change sizes are checked before they are offered: the edited text is analysed
 * again and the fix is kept only if the projection then passes the given test. This keeps us
 * from suggesting, say, a memory size that Flink would still refuse.
 *
 * Only the resource's own YAML document is analysed again, as the editor analyses each document
 * on its own: re-reading a whole multi-document file for every candidate fix would make a
 * CLI run over a large file quadratic in its size.
 */

import { analyze } from '../analysis';
import { applyEdits, TextEdit } from '../edits/text-edit';
import { Projection } from '../projection/types';
import { Span } from '../text/span';
import { Fix, ResourceContext } from './types';

export function validated(ctx: ResourceContext, fix: Fix | undefined, accept: (p: Projection) => boolean): Fix | undefined {
  if (!fix) return undefined;
  const region = ownDocument(ctx, fix.edits);
  const shift = (e: TextEdit): TextEdit => ({ ...e, span: { start: e.span.start - region.start, end: e.span.end - region.start } });
  const edited = applyEdits(ctx.text.slice(region.start, region.end), fix.edits.map(shift));
  const analysis = analyze(edited, { operatorVersion: ctx.options.operatorVersion, operatorDefaults: ctx.options.operatorDefaults, maxLength: ctx.options.maxLength });
  const index = region.start === 0 && region.end === ctx.text.length ? ctx.resource.documentIndex : undefined;
  const same = index === undefined ? analysis.resources.find((r) => r.resource.kind === ctx.resource.kind) : analysis.resources.find((r) => r.resource.documentIndex === index);
  return same?.projection && accept(same.projection) ? fix : undefined;
}

/** The resource's document when every edit lies inside it, else the whole text. */
function ownDocument(ctx: ResourceContext, edits: readonly TextEdit[]): Span {
  const whole = { start: 0, end: ctx.text.length };
  const region = ctx.parsed.documents[ctx.resource.documentIndex]?.region;
  if (!region || ctx.parsed.documents.length === 1) return whole;
  const inside = edits.every((e) => !e.file && e.span.start >= region.start && e.span.end <= region.end);
  return inside ? region : whole;
}
