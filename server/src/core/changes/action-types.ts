/** What one side-by-side comparison concludes for a resource, before it is written out. */

import { StateOutcome } from './types';

export interface Action {
  /** Short, for a CodeLens: "restarts from a savepoint". */
  readonly headline: string;
  /** One sentence: what the operator does. */
  readonly action: string;
  readonly conditions: readonly string[];
  readonly state: StateOutcome;
}

export function action(headline: string, text: string, state: StateOutcome, conditions: readonly string[] = []): Action {
  return { headline, action: text, conditions, state };
}
