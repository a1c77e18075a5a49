/** Text edits over offsets, and applying them (for tests, the CLI and fix-all). */

import { Span } from '../text/span';

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
  /** Another file than the one analysed (a fix carried to a chart's values file); absent: the same file. */
  readonly file?: string;
}

/** Applies non-overlapping edits; later offsets first so earlier ones stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just after the newline ending the line that holds `offset` (or the text end). */
export function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** True when only spaces precede `offset` on its line (a block mapping key, not a flow one). */
export function startsLine(text: string, offset: number): boolean {
  return text.slice(lineStartOf(text, offset), offset).trim() === '';
}

/** The line break style of the text, so inserted lines match it. */
export function newlineOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}
