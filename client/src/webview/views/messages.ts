/** Messages between the extension and its read-only views (projection, report). */

import type { ResourceProjection } from '../../../../server/src/protocol/requests';

export type SaveFormat = 'markdown' | 'json' | 'csv';

export type ViewMessage =
  /** One file's resources, all or the one picked (its index). */
  | { readonly type: 'projection'; readonly fileName: string; readonly resources: readonly ResourceProjection[]; readonly selected: number | null }
  | { readonly type: 'report'; readonly scope: string; readonly resources: readonly ResourceProjection[] }
  | { readonly type: 'empty'; readonly message: string };

export type ViewToHost =
  | { readonly type: 'ready' }
  /** What the page drew, for the extension's tests: how many resources, its width and whether it fits, its text. */
  | { readonly type: 'rendered'; readonly view: 'projection' | 'report' | 'empty'; readonly items: number; readonly width: number; readonly fits: boolean; readonly text: string }
  | { readonly type: 'save'; readonly format: SaveFormat }
  /** Open the resource at this index of the last message in the editor. */
  | { readonly type: 'open'; readonly index: number };
