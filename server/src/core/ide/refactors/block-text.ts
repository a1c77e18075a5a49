/** Line-level helpers for refactorings that move whole YAML blocks while keeping comments. */

import { lineStartOf, nextLineStart } from '../../edits/text-edit';

/** The lines from the one holding `start` up to the end of the line holding `end - 1`. */
export function lineBlock(text: string, start: number, end: number): { start: number; end: number; lines: string[] } {
  const from = lineStartOf(text, start);
  const to = nextLineStart(text, Math.max(start, end - 1));
  const body = text.slice(from, to);
  return { start: from, end: to, lines: body.endsWith('\n') ? body.slice(0, -1).split('\n') : body.split('\n') };
}

export function indentOf(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0;
}

export function shift(lines: readonly string[], by: number): string[] {
  return lines.map((l) => (l.trim() === '' ? l : by >= 0 ? ' '.repeat(by) + l : l.slice(Math.min(-by, indentOf(l)))));
}
