/**
 * Splits a template file into text and actions, the way Go's text/template does: `{{- ` trims
 * the whitespace before an action, ` -}}` the whitespace after it, and comment actions vanish.
 * Text items keep the source offset of their first character, so output maps back exactly.
 */

import { lexAction } from './lex-action';
import { TemplateSyntaxError, Token } from './tokens';

export interface TextItem {
  readonly kind: 'text';
  readonly text: string;
  readonly start: number;
}

export interface ActionItem {
  readonly kind: 'action';
  /** The whole `{{ ... }}`, markers included. */
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  readonly trimLeft: boolean;
}

export type Item = TextItem | ActionItem;

const TRIM_SPACE = /[ \t\r\n]/;

export function lexTemplate(src: string): Item[] {
  const items: Item[] = [];
  let pos = 0;
  let trimNext = false;
  while (pos <= src.length) {
    const open = src.indexOf('{{', pos);
    const textEnd = open < 0 ? src.length : open;
    const trimLeft = open >= 0 && src[open + 2] === '-' && TRIM_SPACE.test(src[open + 3] ?? '');
    pushText(items, src, pos, textEnd, trimNext, trimLeft);
    if (open < 0) break;
    const action = readAction(src, open, trimLeft);
    if (action.item) items.push(action.item);
    trimNext = action.trimRight;
    pos = action.end;
  }
  return items;
}

function pushText(items: Item[], src: string, from: number, to: number, trimStart: boolean, trimEnd: boolean): void {
  let a = from;
  let b = to;
  if (trimStart) while (a < b && TRIM_SPACE.test(src[a] ?? '')) a++;
  if (trimEnd) while (b > a && TRIM_SPACE.test(src[b - 1] ?? '')) b--;
  if (b > a) items.push({ kind: 'text', text: src.slice(a, b), start: a });
}

function readAction(src: string, open: number, trimLeft: boolean): { item?: ActionItem; end: number; trimRight: boolean } {
  const innerStart = open + (trimLeft ? 3 : 2);
  const afterSpace = innerStart + (trimLeft ? 1 : 0);
  // A comment: `{{/* ... */}}`, optionally with trim markers; nothing else may share the action.
  if (src.startsWith('/*', afterSpace) || src.startsWith('/*', innerStart)) {
    const from = src.startsWith('/*', innerStart) ? innerStart : afterSpace;
    const close = src.indexOf('*/', from + 2);
    if (close < 0) throw new TemplateSyntaxError('unclosed comment', open);
    const rest = /^( -)?\}\}/.exec(src.slice(close + 2));
    if (!rest) throw new TemplateSyntaxError('comment ends before closing delimiter', close);
    return { end: close + 2 + rest[0].length, trimRight: !!rest[1] };
  }
  const { close, tokensEnd, trimRight } = findClose(src, innerStart, open);
  return { item: { kind: 'action', start: open, end: close + 2, tokens: lexAction(src, innerStart, tokensEnd), trimLeft }, end: close + 2, trimRight };
}

/** The `}}` closing the action (skipping strings), and whether a ` -` trim marker precedes it. */
function findClose(src: string, from: number, open: number): { close: number; tokensEnd: number; trimRight: boolean } {
  let i = from;
  while (i < src.length) {
    const c = src[i];
    if (c === '"' || c === '`' || c === "'") {
      const end = c === '`' ? src.indexOf('`', i + 1) : skipQuoted(src, i, c);
      if (end < 0) throw new TemplateSyntaxError('unterminated quoted string', i);
      i = end + 1;
      continue;
    }
    if (c === '}' && src[i + 1] === '}') {
      const trimRight = src[i - 1] === '-' && TRIM_SPACE.test(src[i - 2] ?? '') && i - 2 >= from;
      return { close: i, tokensEnd: trimRight ? i - 1 : i, trimRight };
    }
    i++;
  }
  throw new TemplateSyntaxError('unclosed action', open);
}

function skipQuoted(src: string, start: number, quote: string): number {
  for (let i = start + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === quote) return i;
    else if (src[i] === '\n') return -1;
  }
  return -1;
}
