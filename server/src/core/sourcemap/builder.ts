/** Builds a rendered text together with its marks. */

import { Mark, Origin, UnknownSpan, ValueOrigin } from './types';

export class TracedBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly marks: Mark[] = [];
  readonly unknowns: UnknownSpan[] = [];

  get size(): number {
    return this.length;
  }

  /** Text copied verbatim from `file` at `offset`. */
  copy(text: string, file: string, offset: number): void {
    if (!text) return;
    const start = this.length;
    const last = this.marks[this.marks.length - 1];
    this.parts.push(text);
    this.length += text.length;
    // Adjacent copies of adjacent source text make one mark, so maps stay small.
    if (last && last.exact && last.end === start && last.at.file === file && last.at.span.end === offset) {
      this.marks[this.marks.length - 1] = { start: last.start, end: this.length, at: { file, span: { start: last.at.span.start, end: offset + text.length } }, exact: true };
    } else {
      this.marks.push({ start, end: this.length, at: { file, span: { start: offset, end: offset + text.length } }, exact: true });
    }
  }

  /** Text written by something at `at` (an action, a transformer), from `value` when known. */
  write(text: string, at: Origin, value?: ValueOrigin): void {
    if (!text) return;
    this.push(text, { at, exact: false, value });
  }

  /** Text with marks of its own (relative to it), as a nested render returns it. */
  append(text: string, marks: readonly Mark[], unknowns: readonly UnknownSpan[] = []): void {
    const base = this.length;
    this.parts.push(text);
    this.length += text.length;
    for (const m of marks) this.marks.push({ ...m, start: m.start + base, end: m.end + base });
    for (const u of unknowns) this.unknowns.push({ ...u, start: u.start + base, end: u.end + base });
  }

  /** Text that stays unevaluated (the action's own source), with the reason it is unknown. */
  unknown(text: string, at: Origin, reason: string): void {
    this.unknowns.push({ start: this.length, end: this.length + text.length, reason });
    this.write(text, at);
  }

  plain(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  /** The text written so far (joined once, then kept). */
  text(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return this.parts[0] ?? '';
  }

  private push(text: string, mark: Omit<Mark, 'start' | 'end'>): void {
    const start = this.length;
    this.parts.push(text);
    this.length += text.length;
    this.marks.push({ start, end: this.length, at: mark.at, exact: mark.exact, value: mark.value });
  }
}
