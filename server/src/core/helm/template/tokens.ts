/** Tokens inside a Go template action (`{{ ... }}`), with their offsets in the template file. */

export type TokenKind =
  | 'pipe' | 'lparen' | 'rparen' | 'comma' | 'declare' | 'assign'
  | 'string' | 'number' | 'bool' | 'nil' | 'dot' | 'field' | 'var' | 'ident' | 'keyword';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Decoded value of a string, number or bool literal (numbers: bigint for integers, number for floats). */
  readonly value?: string | bigint | number | boolean;
}

export const KEYWORDS = new Set(['if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue']);

export class TemplateSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}
