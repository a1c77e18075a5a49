/**
 * A message from a view's page, if it is one the extension expects. The page shows text from the
 * YAML, so it is trusted with nothing but a format to save and the index of a row it was sent.
 */

import type { ViewMessage, ViewToHost } from '../webview/views/messages';

const FORMATS = ['markdown', 'json', 'csv'];
const VIEWS = ['projection', 'report', 'empty'];

export function fromView(m: unknown, shown: ViewMessage | undefined): ViewToHost | undefined {
  if (typeof m !== 'object' || m === null) return undefined;
  const { type, format, index, view, items, width, fits, text } = m as Record<string, unknown>;
  if (type === 'ready') return { type };
  if (type === 'save' && shown?.type === 'report' && typeof format === 'string' && FORMATS.includes(format)) return { type, format: format as 'markdown' };
  const count = shown && shown.type !== 'empty' ? shown.resources.length : 0;
  if (type === 'open' && Number.isSafeInteger(index) && (index as number) >= 0 && (index as number) < count) return { type, index: index as number };
  if (type === 'rendered' && typeof view === 'string' && VIEWS.includes(view) && Number.isSafeInteger(items) && Number.isSafeInteger(width) && typeof fits === 'boolean' && typeof text === 'string') {
    return { type, view: view as 'report', items: items as number, width: width as number, fits, text };
  }
  return undefined;
}
