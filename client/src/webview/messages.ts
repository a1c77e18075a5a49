/** Messages between the extension and the pod layout webview. */

import type { ResourceProjection } from '../../../server/src/protocol/requests';
import type { RemovedView } from '../../../server/src/protocol/changes';

export type HostToWebview =
  | {
      readonly type: 'layout'; readonly uri: string; readonly fileName: string; readonly resources: readonly ResourceProjection[]; readonly selected: number; readonly removed?: readonly RemovedView[];
      /** The line (1-based) the user is typing on: what fails there is shown calmly until the cursor leaves it. */
      readonly editingLine?: number;
    }
  | { readonly type: 'empty'; readonly message: string };

export type WebviewToHost = { readonly type: 'select'; readonly index: number } | { readonly type: 'reveal'; readonly uri: string; readonly line: number } | { readonly type: 'ready' };

export interface WebviewState {
  readonly uri?: string;
  readonly selected?: number;
}
