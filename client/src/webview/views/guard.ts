/** The views draw only messages of the shape they know (see ../guard.ts for the rows). */

import { isResourceRow } from '../guard';
import type { ViewMessage } from './messages';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const rows = (v: unknown) => Array.isArray(v) && v.every(isReportRow);

/** A report row: the preview's fields plus what the views show besides. */
function isReportRow(v: unknown): boolean {
  if (!isResourceRow(v) || !isObject(v)) return false;
  const reasons = v.reasons;
  return typeof v.file === 'string' && isObject(reasons) && Object.values(reasons).every((x) => typeof x === 'string');
}

export function viewMessage(data: unknown): ViewMessage | undefined {
  if (!isObject(data)) return undefined;
  if (data.type === 'empty') return typeof data.message === 'string' ? (data as ViewMessage) : undefined;
  if (data.type === 'report') return typeof data.scope === 'string' && rows(data.resources) ? (data as ViewMessage) : undefined;
  if (data.type === 'projection') {
    const selected = data.selected === null || (Number.isSafeInteger(data.selected) && (data.selected as number) >= 0);
    return typeof data.fileName === 'string' && selected && rows(data.resources) ? (data as ViewMessage) : undefined;
  }
  return undefined;
}
