/** Moves chunk-relative results to whole-text offsets. */

import { Span } from '../text/span';
import { Finding } from '../rules/types';
import { Scaler } from '../rules/scalers';

export function shiftSpan(s: Span, delta: number): Span {
  return { start: s.start + delta, end: s.end + delta };
}

export function shiftFinding(f: Finding, delta: number): Finding {
  if (delta === 0) return f;
  return {
    ...f,
    span: shiftSpan(f.span, delta),
    related: f.related?.map((r) => ({ ...r, span: shiftSpan(r.span, delta) })),
    fixes: f.fixes?.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, span: shiftSpan(e.span, delta) })) })),
  };
}

/** A scaler found in one chunk, as seen from another (or from the whole text): same file, other offsets. */
export function shiftScaler(s: Scaler, delta: number): Scaler {
  if (delta === 0 || s.uri) return s;
  return { ...s, targetSpan: shiftSpan(s.targetSpan, delta), memoryMetric: s.memoryMetric && shiftSpan(s.memoryMetric, delta) };
}
