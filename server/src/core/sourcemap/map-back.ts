/** From a span or offset in a rendered text to the file and span a user edits. */

import { Span } from '../text/span';
import { Mark, Origin, RenderedText, ValueOrigin } from './types';

export interface MappedSpan {
  /** Where the text was written (template, base, patch). */
  readonly at: Origin;
  /** Where its value came from, when elsewhere (values file, base under a patch). */
  readonly value?: ValueOrigin;
  /** The rendered span is a verbatim copy of `at`. */
  readonly exact: boolean;
}

/** Index of the last mark starting at or before `offset`. */
function markBefore(marks: readonly Mark[], offset: number): number {
  let lo = 0;
  let hi = marks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((marks[mid] as Mark).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function pointIn(m: Mark, offset: number): number {
  return m.exact ? m.at.span.start + Math.min(Math.max(offset - m.start, 0), m.end - m.start) : m.at.span.start;
}

export function mapSpan(r: RenderedText, s: Span): MappedSpan | undefined {
  const marks = r.marks;
  let i = markBefore(marks, s.start);
  if (i < 0) i = 0;
  // Skip a mark that ends before the span starts (the span begins in unmarked text).
  while (i < marks.length - 1 && (marks[i] as Mark).end <= s.start && (marks[i + 1] as Mark).start < Math.max(s.end, s.start + 1)) i++;
  const first = marks[i];
  if (!first) return undefined;
  let j = i;
  while (j + 1 < marks.length && (marks[j + 1] as Mark).start < s.end) j++;
  const last = marks[j] as Mark;
  const start = pointIn(first, s.start);
  let end = last.exact ? pointIn(last, s.end) : last.at.span.end;
  if (last.at.file !== first.at.file || end < start) end = first.exact ? pointIn(first, s.end) : first.at.span.end;
  const value = marks.slice(i, j + 1).find((m) => m.value)?.value;
  return { at: { file: first.at.file, span: { start, end: Math.max(start, end) } }, value, exact: first === last && first.exact };
}

/** A point (a hint, a lens): exact inside copied text, else the end of the action that wrote it. */
export function mapOffset(r: RenderedText, offset: number): Origin | undefined {
  const marks = r.marks;
  const i = markBefore(marks, offset);
  const m = marks[i];
  if (!m) return undefined;
  if (offset > m.end) return undefined;
  if (m.exact) return { file: m.at.file, span: { start: pointIn(m, offset), end: pointIn(m, offset) } };
  const at = offset === m.start ? m.at.span.start : m.at.span.end;
  return { file: m.at.file, span: { start: at, end: at } };
}

/**
 * The source span an edit of rendered [start, end) can replace as a whole: it starts and ends
 * inside copied text or on a mark's edge, and every mark it covers lies in one file, in order
 * (a line written by literal text around one or more complete actions).
 */
export function mapCovering(r: RenderedText, s: Span): Origin | undefined {
  const inside = r.marks.filter((m) => m.end > s.start && m.start < s.end);
  const first = inside[0];
  const last = inside[inside.length - 1];
  if (!first || !last) return undefined;
  if (!first.exact && first.start < s.start) return undefined;
  if (!last.exact && last.end > s.end) return undefined;
  for (let i = 1; i < inside.length; i++) {
    const a = inside[i - 1] as Mark;
    const b = inside[i] as Mark;
    if (a.at.file !== b.at.file || b.at.span.start < a.at.span.end || a.end !== b.start) return undefined;
  }
  const start = first.exact ? pointIn(first, s.start) : first.at.span.start;
  const end = last.exact ? pointIn(last, s.end) : last.at.span.end;
  return { file: first.at.file, span: { start, end } };
}
