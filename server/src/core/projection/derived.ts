/**
 * A projected number together with why it is what it is. `value: null` means it cannot be
 * known (a template, a missing or invalid field) and `reason` says which.
 */

import { Span } from '../text/span';

export interface Derived<T> {
  readonly value: T | null;
  /** Which field, default or rule decided the value (or why it is unknown). */
  readonly reason: string;
  /** The YAML node that decided it, when one did. */
  readonly span?: Span;
}

export function derived<T>(value: T, reason: string, span?: Span): Derived<T> {
  return { value, reason, span };
}

export function notKnown<T = never>(reason: string, span?: Span): Derived<T> {
  return { value: null, reason, span };
}

export function ceilDiv(a: number, b: number): number {
  return Math.ceil(a / b);
}
