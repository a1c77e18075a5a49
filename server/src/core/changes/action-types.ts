/**
 * What one side-by-side comparison concludes for a resource, before it is written out. Whether
 * the change throws the job's state away is decided where the sentence saying so is written, so
 * the flag and the words cannot disagree.
 */

import { StateOutcome } from './types';

export interface Action {
  /** Short, for a CodeLens: "restarts from a savepoint". */
  readonly headline: string;
  /** One sentence: what the operator does. */
  readonly action: string;
  readonly conditions: readonly string[];
  readonly state: StateOutcome;
  /** The running job's state (checkpoints, or state carried by savepoints) is thrown away. */
  readonly losesState: boolean;
}

export function action(headline: string, text: string, state: StateOutcome, conditions: readonly string[] = []): Action {
  return { headline, action: text, conditions, state, losesState: false };
}

/** An action that throws the job's state away: its text says so. */
export function discarding(headline: string, text: string, state: StateOutcome, conditions: readonly string[] = []): Action {
  return { headline, action: text, conditions, state, losesState: true };
}

/**
 * How a stop without a snapshot ends a sentence: whether the job had state worth keeping
 * decides both the words and the flag.
 */
export function withoutState(headline: string, text: string, hadState: boolean, state: StateOutcome = 'discarded', conditions: readonly string[] = []): Action {
  return hadState ? discarding(headline, `${text}: discards the job's state`, state, conditions) : action(headline, `${text} (it takes no checkpoints)`, state, conditions);
}
