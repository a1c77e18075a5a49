/**
 * task-slots: taskmanager.numberOfTaskSlots must be a whole number of at least 1 (§2.5, §4.5).
 * Flink reads it with Java's Integer.parseInt, which does not trim: " 4" fails (§12.3).
 */

import { replaceScalar } from '../edits/yaml-edit';
import { parseJavaInt } from '../units/java-number';
import { jobOf, ownEntry, roleOf } from './helpers';
import { Report, ResourceContext, ResourceRule } from './types';

const KEY = 'taskmanager.numberOfTaskSlots';

export const taskSlots: ResourceRule = {
  id: 'task-slots',
  severity: 'error',
  patches: true,
  doc: {
    summary: 'taskmanager.numberOfTaskSlots below 1 or not a whole number Flink can read.',
    why: 'The validator lets it through, but the operator divides by it, TaskManagers cannot start with no slots, and Flink does not trim spaces around the number.',
    before: 'taskmanager.numberOfTaskSlots: "0"',
    after: 'taskmanager.numberOfTaskSlots: "1"',
  },
  check(ctx: ResourceContext): Report[] {
    const entry = ownEntry(ctx, KEY);
    if (!entry || entry.value === undefined) return [];
    const slots = parseJavaInt(entry.value);
    if (slots !== undefined && slots >= 1) return [];
    const trimmed = parseJavaInt(entry.value.trim());
    const replacement = trimmed !== undefined && trimmed >= 1 ? trimmed : 1;
    const quoted = ctx.text[entry.valueSpan.start] === '"' || ctx.text[entry.valueSpan.start] === "'";
    const message = slots === undefined
      ? `${KEY} "${entry.value}" is not a whole number Flink can read${trimmed !== undefined ? ' (Flink does not trim the spaces around it)' : ''}; the operator fails with "Could not parse value '${entry.value}' for key '${KEY}'."`
      : `${KEY} "${entry.value}" must be a whole number of at least 1; ${consequence(ctx)}`;
    return [{ message, span: entry.valueSpan, invalidates: { start: entry.keySpan.start, end: entry.valueSpan.end }, fixes: [{ title: `Set numberOfTaskSlots to ${replacement}`, edits: [replaceScalar(ctx.text, entry.valueSpan, quoted ? String(replacement) : replacement)], preferred: true }] }];
  },
};

/** What happens first with fewer than one slot (§12.3). */
function consequence(ctx: ResourceContext): string {
  const memory = ctx.projection?.taskManager.memory;
  if (memory?.status === 'failed' && /positive number of CPU cores/.test(memory.failure.flinkMessage)) return `the deployment fails: "${memory.failure.flinkMessage}"`;
  if (roleOf(ctx.resource.spec, 'taskManager')?.replicas && jobOf(ctx.resource.spec)) return 'with taskManager.replicas set the operator computes parallelism 0 and then fails with "/ by zero" when it counts TaskManagers.';
  return 'TaskManagers cannot start with it.';
}

/** True when task-slots reports the slots value (other rules then leave its consequences alone). */
export function slotsInvalid(ctx: ResourceContext): boolean {
  const value = ownEntry(ctx, KEY)?.value;
  if (value === undefined) return false;
  const slots = parseJavaInt(value);
  return slots === undefined || slots < 1;
}
