/** Marks for a traced string written by an action: its own marks, and the action for the gaps. */

import { Mark, Origin, ValueOrigin } from '../../sourcemap/types';

export function fillGaps(length: number, marks: readonly Mark[], at: Origin, value?: ValueOrigin): Mark[] {
  const out: Mark[] = [];
  let pos = 0;
  for (const m of [...marks].sort((a, b) => a.start - b.start)) {
    if (m.start > pos) out.push({ start: pos, end: m.start, at, exact: false, value });
    if (m.end > Math.max(pos, m.start)) out.push(m.start < pos ? { ...m, start: pos } : m);
    pos = Math.max(pos, m.end);
  }
  if (pos < length) out.push({ start: pos, end: length, at, exact: false, value });
  return out;
}
