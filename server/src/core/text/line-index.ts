/**
 * Offset ↔ line/column conversion (0-based). The line starts are found on first use: every
 * parsed text gets an index, and most are never asked (a column is found from the text alone).
 */

export class LineIndex {
  private found: number[] | undefined;

  constructor(readonly text: string) {}

  private get starts(): number[] {
    if (this.found) return this.found;
    const starts = [0];
    for (let at = this.text.indexOf('\n'); at >= 0; at = this.text.indexOf('\n', at + 1)) starts.push(at + 1);
    return (this.found = starts);
  }

  /** 0-based line and UTF-16 column of an offset. */
  position(offset: number): { line: number; column: number } {
    const starts = this.starts;
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, column: clamped - (starts[low] ?? 0) };
  }

  lineStart(line: number): number {
    const starts = this.starts;
    return starts[Math.max(0, Math.min(line, starts.length - 1))] ?? 0;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/** The column of an offset (what `position(offset).column` gives), without an index. */
export function columnAt(text: string, offset: number): number {
  const clamped = Math.max(0, Math.min(offset, text.length));
  return clamped - (clamped === 0 ? 0 : text.lastIndexOf('\n', clamped - 1) + 1);
}
