/**
 * The first syntax error of a document, said in our words at the place the user must change.
 * Later errors of the same document are usually the parser's follow-ups to the first (one
 * mis-indented key gives three); they are reported once the first is fixed.
 */

import { YAMLError } from 'yaml';
import { Span } from '../text/span';

export interface SyntaxReport {
  readonly message: string;
  readonly span: Span;
}

export function firstSyntaxError(errors: readonly YAMLError[], text: string): SyntaxReport | undefined {
  const first = [...errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (!first) return undefined;
  const start = Math.min(first.pos[0], text.length);
  const span = { start, end: Math.min(Math.max(start, first.pos[1]), text.length) };
  const raw = first.message.split('\n')[0] ?? first.message;
  if (/end with a [\]}]/.test(raw)) {
    const open = unclosedBracket(text, start, raw.includes(']') ? '[' : '{');
    if (open !== undefined) return { message: `YAML: this ${text[open]} is never closed; end the list or mapping with ${raw.includes(']') ? ']' : '}'} (a bracketed value may continue on lines indented more than its key).`, span: { start: open, end: open + 1 } };
  }
  return { message: `YAML: ${describe(first.code, raw)}`, span };
}

function describe(code: string, raw: string): string {
  if (/call stack/i.test(raw)) return 'nesting too deep to read (thousands of levels, where a resource needs a few dozen at most)';
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'a tab indents this line; YAML indents with spaces only.';
    case 'BAD_INDENT':
      return /same column/.test(raw) ? 'this key is not indented like the keys around it; the keys of one mapping start in the same column.' : raw;
    case 'MULTILINE_IMPLICIT_KEY':
      return 'this line has no colon after its key (or the key runs on into the next line); write key: value.';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'a mapping cannot start inside a one-line key; check the colons and indentation here.';
    case 'MISSING_CHAR':
      return /quote/.test(raw) ? 'this quoted text has no closing quote, so it runs on into the lines below.' : raw;
    default:
      return raw;
  }
}

/** The last bracket before `at` that is not closed before it (quoted text skipped). */
function unclosedBracket(text: string, at: number, open: '[' | '{'): number | undefined {
  const close = open === '[' ? ']' : '}';
  const stack: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < at; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) i = Math.max(i, text.indexOf('\n', i) < 0 ? at : text.indexOf('\n', i) - 1);
    else if (ch === open) stack.push(i);
    else if (ch === close) stack.pop();
    else if (ch === '\n') quote = undefined;
  }
  return stack[stack.length - 1];
}
