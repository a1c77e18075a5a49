/**
 * Completion context from the text around the cursor. Works on half-typed YAML, where the
 * parser's tree is unreliable: the parent path is read from the indentation of the lines above.
 */

export interface CompletionContext {
  /** Keys (list items as 0) from the document root to the mapping the cursor is in. */
  readonly path: ReadonlyArray<string | number>;
  readonly on: 'key' | 'value';
  /** For values: the key whose value is being typed. */
  readonly key?: string;
  /** What is already typed of the key or value. */
  readonly prefix: string;
  readonly prefixStart: number;
  /** Column where keys of the current mapping start. */
  readonly indent: number;
  /** Keys already present in the current mapping. */
  readonly siblings: ReadonlySet<string>;
}

const KEY_LINE = /^(\s*)(-\s+)?([^\s:#'"][^:#]*?)\s*:(?:\s|$)/;

export function completionContext(text: string, offset: number): CompletionContext | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const value = /^(\s*)(-\s+)?([^\s:#'"][^:#]*?)\s*:\s+(\S*)$/.exec(before);
  const key = /^(\s*)(-\s+)?([\w.\-/$]*)$/.exec(before);
  const m = value ?? key;
  if (!m) return undefined;
  const indent = (m[1] ?? '').length + (m[2] ?? '').length;
  const path = parentPath(text, lineStart, indent, !!m[2]);
  const prefix = value ? value[4] ?? '' : key?.[3] ?? '';
  return { path, on: value ? 'value' : 'key', key: value ? value[3] : undefined, prefix, prefixStart: offset - prefix.length, indent, siblings: siblingKeys(text, lineStart, indent) };
}

function parentPath(text: string, lineStart: number, indent: number, item: boolean): Array<string | number> {
  const path: Array<string | number> = item ? [0] : [];
  let limit = indent;
  const lines = text.slice(0, lineStart).split('\n');
  for (let i = lines.length - 1; i >= 0 && limit > 0; i--) {
    const line = lines[i] ?? '';
    if (/^\s*(#|$)/.test(line)) continue;
    if (/^---/.test(line)) break;
    const m = KEY_LINE.exec(line);
    const lineIndent = /^\s*/.exec(line)?.[0].length ?? 0;
    const dash = /^\s*-\s+/.exec(line)?.[0].length ?? lineIndent;
    const opensBlock = m && /:\s*(#.*)?$/.test(line);
    if (m && dash < limit && (opensBlock || m[2])) {
      path.unshift(m[3] ?? '');
      if (m[2]) path.unshift(0);
      limit = lineIndent;
    } else if (/^\s*-\s*$/.test(line) && lineIndent < limit) {
      path.unshift(0);
      limit = lineIndent;
    }
  }
  return path;
}

function siblingKeys(text: string, lineStart: number, indent: number): Set<string> {
  const keys = new Set<string>();
  const scan = (lines: string[]) => {
    for (const line of lines) {
      if (/^\s*(#|$)/.test(line)) continue;
      const lineIndent = /^\s*/.exec(line)?.[0].length ?? 0;
      if (lineIndent < indent || /^---/.test(line)) break;
      const m = KEY_LINE.exec(line);
      if (m && lineIndent === indent) keys.add(m[3] ?? '');
    }
  };
  scan(text.slice(0, lineStart).split('\n').reverse().slice(1));
  const next = text.indexOf('\n', lineStart);
  if (next >= 0) scan(text.slice(next + 1).split('\n'));
  return keys;
}
