/**
 * Splits a multi-document YAML text at its document markers (`---` or `...` at the start of a
 * line) into chunks, each analysed on its own. Cheap: one pass over the lines, no parsing.
 */

export interface Chunk {
  /** Offset of the chunk's first character in the whole text. */
  readonly start: number;
  readonly text: string;
}

const MARKER = /^(---|\.\.\.)(?=[ \t\r\n]|$)/;

export function splitDocuments(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    if (lineStart > chunkStart && text.charCodeAt(lineStart) === 45 /* - */ && MARKER.test(text.slice(lineStart, lineStart + 4))) {
      chunks.push({ start: chunkStart, text: text.slice(chunkStart, lineStart) });
      chunkStart = lineStart;
    } else if (lineStart > chunkStart && text.charCodeAt(lineStart) === 46 /* . */ && MARKER.test(text.slice(lineStart, lineStart + 4))) {
      chunks.push({ start: chunkStart, text: text.slice(chunkStart, lineEnd) });
      chunkStart = lineEnd;
    }
    if (newline < 0) break;
    lineStart = lineEnd;
  }
  if (chunkStart < text.length || chunks.length === 0) chunks.push({ start: chunkStart, text: text.slice(chunkStart) });
  return chunks;
}
