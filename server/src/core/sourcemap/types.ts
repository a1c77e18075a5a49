/**
 * Source maps from a rendered text (`helm template`, `kustomize build`) back to the files a user
 * edits. Every rendered character range carries a mark: where it was written (a template literal
 * or action, a base or patch scalar) and, for values, where the value itself came from.
 */

import { Span } from '../text/span';

export interface Origin {
  readonly file: string;
  readonly span: Span;
}

/** Why a value was taken from its origin, for related-location messages. */
export type OriginRole = 'values' | 'user-values' | 'set' | 'base' | 'patch' | 'helper' | 'overlay';

export interface ValueOrigin extends Origin {
  readonly role: OriginRole;
  /** The key that holds the value (values.yaml key, patch key), for related locations. */
  readonly keySpan?: Span;
  /** The source text equals the rendered text (a plain copy), so an edit can be carried over. */
  readonly verbatim?: boolean;
}

export interface Mark {
  /** Range in the rendered text. */
  readonly start: number;
  readonly end: number;
  /** Where the rendered text was written. */
  readonly at: Origin;
  /** Rendered [start, end) is a character-for-character copy of `at.span`. */
  readonly exact: boolean;
  /** Where the value came from, when it is not the text at `at` (values.yaml, a patch...). */
  readonly value?: ValueOrigin;
}

/** A value the renderer could not evaluate, at its place in the rendered text. */
export interface UnknownSpan extends Span {
  readonly reason: string;
}

export interface RenderedText {
  /** A name for the rendered output (e.g. `chart/templates/job.yaml`), unique in its set. */
  readonly name: string;
  readonly text: string;
  /** Sorted by start, non-overlapping. */
  readonly marks: readonly Mark[];
  readonly unknowns: readonly UnknownSpan[];
}
