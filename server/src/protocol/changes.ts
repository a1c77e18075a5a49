/**
 * Change impact between the VS Code client and the server. The client reads a document's base
 * text (git HEAD by default) from VS Code's git extension and sends it; the server never runs
 * git. `base: null` clears it (setting off, no repository, file not in the ref, no git extension).
 */

import { NotificationType } from 'vscode-languageserver-protocol';
import type { ChangeClass, ProjectionSummary, StateOutcome } from '../core/changes/types';

export interface BaseTextParams {
  readonly textDocument: { readonly uri: string };
  readonly base: string | null;
  /** The ref it was read from, as the user named it (HEAD, main, origin/main). */
  readonly ref: string;
}

export namespace BaseTextNotification {
  export const method = 'flinkK8s/baseText';
  export const type = new NotificationType<BaseTextParams>(method);
}

/** A resource's change as the preview shows it (lines 1-based). */
export interface ChangeView {
  readonly ref: string;
  readonly class: ChangeClass;
  readonly headline: string;
  readonly action: string;
  readonly conditions: readonly string[];
  readonly state: StateOutcome;
  readonly fields: ReadonlyArray<{ readonly path: string; readonly class: string; readonly before: string; readonly after: string; readonly line: number | null; readonly effect: string; readonly severity: 'warning' | 'info' }>;
  readonly findings: ReadonlyArray<{ readonly severity: 'warning' | 'info'; readonly message: string; readonly line: number | null }>;
  readonly projection: { readonly before: ProjectionSummary | null; readonly after: ProjectionSummary | null };
}

/** A resource of the base that the current text no longer has. */
export interface RemovedView {
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  readonly headline: string;
  readonly action: string;
}
