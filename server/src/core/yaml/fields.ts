/** What the model knows about one YAML value: a value with its spans, or why it is unknown. */

import { Span } from '../text/span';

export type Scalar = string | number | boolean | null;

export interface Known<T> {
  readonly kind: 'known';
  readonly value: T;
  /** The value's source text (for plain scalars exactly as typed, e.g. `2048m` or `1.0`). */
  readonly text: string;
  readonly span: Span;
  readonly keySpan?: Span;
}

export interface Unknown {
  readonly kind: 'unknown';
  readonly reason: string;
  readonly span: Span;
  readonly keySpan?: Span;
}

export type Field<T> = Known<T> | Unknown;

export function isKnown<T>(field: Field<T> | undefined): field is Known<T> {
  return field !== undefined && field.kind === 'known';
}

export function unknown(reason: string, span: Span, keySpan?: Span): Unknown {
  return { kind: 'unknown', reason, span, keySpan };
}

export function known<T>(value: T, text: string, span: Span, keySpan?: Span): Known<T> {
  return { kind: 'known', value, text, span, keySpan };
}
