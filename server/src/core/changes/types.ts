/**
 * What a change to a Flink resource does once applied (spec-changes.md): the operator's class of
 * each changed field, the resource's class, the action in words with the conditions that decide
 * it, what happens to the job's state, and the projection before and after.
 */

import { Span } from '../text/span';

/** The operator's DiffType, lowest to highest: a spec's type is the highest over its fields. */
export type DiffType = 'ignore' | 'scale' | 'upgrade' | 'savepoint-redeploy';
export const DIFF_ORDER: readonly DiffType[] = ['ignore', 'scale', 'upgrade', 'savepoint-redeploy'];

export type ChangeClass = 'none' | DiffType | 'rejected' | 'create' | 'delete';
export const CHANGE_CLASSES: readonly ChangeClass[] = ['none', 'ignore', 'scale', 'upgrade', 'savepoint-redeploy', 'rejected', 'create', 'delete'];

/**
 * What happens to the running job's state: `kept` (the job keeps running or is untouched),
 * `savepoint` (stopped with a savepoint and restored from it), `last-checkpoint` (restored from
 * its latest checkpoint), `initial-savepoint` (restarted from initialSavepointPath; the current
 * state is thrown away), `discarded` (starts without state), `depends` (decided at run time),
 * `none` (no job state involved: a new resource, or one without a job).
 */
export type StateOutcome = 'kept' | 'savepoint' | 'last-checkpoint' | 'initial-savepoint' | 'discarded' | 'depends' | 'none';

/** A JSON value as the API server stores it; `Opaque` stands for a value a template decides. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json } | Opaque;

export class Opaque {
  constructor(readonly text: string) {}
}

export interface FieldChange {
  /** Where the value lives, from the resource root: `spec.job.parallelism`, `spec.flinkConfiguration.<key>`. */
  readonly path: string;
  /** The operator's field this belongs to (its SpecChanged event counts one diff per such field). */
  readonly diffField: string;
  readonly type: DiffType;
  /** Values as written (null when absent). */
  readonly before: Json | undefined;
  readonly after: Json | undefined;
  /** Where to show it in the current text (the value, or the nearest key that is still there). */
  readonly span?: Span;
  /** Where it was in the base text (for removed fields). */
  readonly baseSpan?: Span;
  /** What this field's change does, in words. */
  readonly effect: string;
  /** warning when it loses state, does nothing, or is rejected; info otherwise. */
  readonly severity: 'warning' | 'info';
}

export interface ProjectionSummary {
  readonly parallelism: number | null;
  readonly taskManagers: number | null;
  readonly slotsPerTaskManager: number | null;
  readonly totalSlots: number | null;
  readonly jobManagers: number | null;
  readonly cpu: number | null;
  readonly memoryBytes: number | null;
}

export interface ChangeFinding {
  readonly severity: 'warning' | 'info';
  readonly message: string;
  /** In the current text. */
  readonly span?: Span;
}

/** What every surface shows of a resource's change (CLI JSON and Markdown, preview, CodeLens). */
export type ChangeOutline = Pick<ResourceChange, 'kind' | 'namespace' | 'name' | 'class' | 'headline' | 'action' | 'conditions' | 'state' | 'losesState' | 'projection'>;

export interface ResourceChange {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly class: ChangeClass;
  /** Short, for a CodeLens: "restarts from a savepoint". */
  readonly headline: string;
  /** What the operator does, in one sentence. */
  readonly action: string;
  readonly conditions: readonly string[];
  readonly state: StateOutcome;
  /** The running job's state is thrown away (it had checkpoints, or a savepoint redeploy replaces them). */
  readonly losesState: boolean;
  readonly fields: readonly FieldChange[];
  readonly projection: { readonly before: ProjectionSummary | null; readonly after: ProjectionSummary | null };
  readonly findings: readonly ChangeFinding[];
  /** The resource in the current text (absent for a deleted one) and in the base text. */
  readonly span?: Span;
  readonly baseSpan?: Span;
  /** Which of the side's inputs (file) it came from, when the sides have several. */
  readonly file?: string;
  readonly baseFile?: string;
}

export interface ChangeOptions {
  readonly operatorVersion: string;
  readonly operatorDefaults: Readonly<Record<string, string>>;
}

export function maxDiff(types: readonly DiffType[]): DiffType {
  return types.reduce<DiffType>((m, t) => (DIFF_ORDER.indexOf(t) > DIFF_ORDER.indexOf(m) ? t : m), 'ignore');
}
