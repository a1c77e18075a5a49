/**
 * Change impact between the VS Code client and the server. The server asks the client for a
 * document's base text (git HEAD by default) when the document opens; the client reads it from
 * VS Code's git extension (the server never runs git) and tells the server when bases may have
 * changed (setting, HEAD moved). A client offers this with initializationOptions.baseText: true.
 * `base: null` means none (setting off, no repository, no git extension).
 */

import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { ChangeOutline } from '../core/changes/types';

export interface BaseTextParams {
  readonly textDocuments: ReadonlyArray<{ readonly uri: string }>;
}

export interface BaseText {
  readonly uri: string;
  readonly base: string | null;
  /** The ref it was read from, as the user named it (HEAD, main, origin/main). */
  readonly ref: string;
}

/** Server → client: the base texts of some documents, asked together (one message per batch of opens). */
export namespace BaseTextRequest {
  export const method = 'flinkK8s/baseText';
  export const type = new RequestType<BaseTextParams, { readonly bases: readonly BaseText[] } | null, void>(method);
}

/** Client → server: ask again for these documents' bases (all open ones when `uris` is absent). */
export namespace BasesChangedNotification {
  export const method = 'flinkK8s/basesChanged';
  export const type = new NotificationType<{ readonly uris?: readonly string[] }>(method);
}

/** A resource's change as the preview shows it (lines 1-based). */
export interface ChangeView extends Omit<ChangeOutline, 'kind' | 'namespace' | 'name'> {
  readonly ref: string;
  readonly fields: ReadonlyArray<{ readonly path: string; readonly class: string; readonly before: string; readonly after: string; readonly line: number | null; readonly effect: string; readonly severity: 'warning' | 'info' }>;
  readonly findings: ReadonlyArray<{ readonly severity: 'warning' | 'info'; readonly message: string; readonly line: number | null }>;
}

/** A resource of the base that the current text no longer has. */
export type RemovedView = Pick<ChangeOutline, 'kind' | 'name' | 'namespace' | 'headline' | 'action'>;
