/** Splits the inside of one action into tokens, following Go's text/template lexer. */

import { KEYWORDS, TemplateSyntaxError, Token, TokenKind } from './tokens';
import { readNumber, readQuoted } from './literals';

const SPACE = /[ \t\r\n]/;
const WORD = /[\p{L}\p{N}_]/u;

export function lexAction(src: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  const push = (kind: TokenKind, from: number, to: number, value?: Token['value']) => tokens.push({ kind, text: src.slice(from, to), start: from, end: to, value });
  while (i < end) {
    const c = src[i] ?? '';
    if (SPACE.test(c)) i++;
    else if (c === '|') push('pipe', i, ++i);
    else if (c === '(') push('lparen', i, ++i);
    else if (c === ')') push('rparen', i, ++i);
    else if (c === ',') push('comma', i, ++i);
    else if (c === ':' && src[i + 1] === '=') push('declare', i, (i += 2));
    else if (c === '=') push('assign', i, ++i);
    else if (c === '"' || c === '`' || c === "'") {
      const q = readQuoted(src, i, end);
      push(c === "'" ? 'number' : 'string', i, q.end, q.value);
      i = q.end;
    } else if (/[0-9]/.test(c) || ((c === '-' || c === '+' || c === '.') && /[0-9]/.test(src[i + 1] ?? '') && !afterOperand(tokens, i))) {
      const n = readNumber(src, i, end);
      push('number', i, n.end, n.value);
      i = n.end;
    } else if (c === '.') {
      let j = i + 1;
      while (j < end && WORD.test(src[j] ?? '')) j++;
      push(j === i + 1 ? 'dot' : 'field', i, j);
      i = j;
    } else if (c === '$') {
      let j = i + 1;
      while (j < end && WORD.test(src[j] ?? '')) j++;
      push('var', i, j);
      i = j;
    } else if (WORD.test(c)) {
      let j = i;
      while (j < end && WORD.test(src[j] ?? '')) j++;
      const word = src.slice(i, j);
      if (word === 'true' || word === 'false') push('bool', i, j, word === 'true');
      else if (word === 'nil') push('nil', i, j);
      else push(KEYWORDS.has(word) ? 'keyword' : 'ident', i, j);
      i = j;
    } else throw new TemplateSyntaxError(`unexpected "${c}" in command`, i);
  }
  return tokens;
}

/** A `.5`-like number directly after an operand is a field access, not a number (Go does the same). */
function afterOperand(tokens: readonly Token[], at: number): boolean {
  const last = tokens[tokens.length - 1];
  return !!last && last.end === at && ['rparen', 'field', 'var', 'dot', 'ident'].includes(last.kind);
}
