/** task-slots: taskmanager.numberOfTaskSlots must be a whole number of at least 1 (§2.5, §4.5). */

import { replaceScalar } from '../edits/yaml-edit';
import { ownEntry } from './helpers';
import { Report, ResourceContext, ResourceRule } from './types';

export const taskSlots: ResourceRule = {
  id: 'task-slots',
  severity: 'error',
  patches: true,
  doc: {
    summary: 'taskmanager.numberOfTaskSlots below 1 or not a whole number.',
    why: 'The validator lets it through, but the operator divides by it and TaskManagers cannot start.',
    before: 'taskmanager.numberOfTaskSlots: "0"',
    after: 'taskmanager.numberOfTaskSlots: "1"',
  },
  check(ctx: ResourceContext): Report[] {
    const entry = ownEntry(ctx, 'taskmanager.numberOfTaskSlots');
    if (!entry || entry.value === undefined) return [];
    const text = entry.value.trim();
    if (/^\+?\d+$/.test(text) && Number(text) >= 1) return [];
    return [{
      message: `taskmanager.numberOfTaskSlots "${entry.value}" must be a whole number of at least 1; TaskManagers cannot start with it.`,
      span: entry.valueSpan,
      invalidates: { start: entry.keySpan.start, end: entry.valueSpan.end },
      fixes: [{ title: 'Set numberOfTaskSlots to 1', edits: [replaceScalar(ctx.text, entry.valueSpan, ctx.text[entry.valueSpan.start] === '"' || ctx.text[entry.valueSpan.start] === "'" ? '1' : 1)], preferred: true }],
    }];
  },
};
