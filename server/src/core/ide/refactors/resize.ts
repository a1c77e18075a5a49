/**
 * Refactoring "resize TaskManagers": pick slots per TaskManager; CPU and memory follow the current
 * per-slot ratio, and replicas (when set) keep the parallelism. Each choice is analysed before it
 * is offered, and its title shows the new projection.
 */

import { analyze } from '../../analysis';
import { applyEdits, TextEdit } from '../../edits/text-edit';
import { setIn } from '../../edits/yaml-edit';
import { roleOf, specPath } from '../../rules/helpers';
import { memoryFields, sizeLike } from '../../rules/memory-fields';
import { summary } from '../summary';
import { plural } from '../../format/numbers';
import { Refactoring, RefactorContext } from './types';

const CHOICES = [1, 2, 4, 8];

export function resizeTaskManagers(ctx: RefactorContext): Refactoring[] {
  const p = ctx.projection;
  const role = roleOf(ctx.resource.spec, 'taskManager');
  const slots = p?.slotsPerTaskManager.value;
  const cpu = p?.taskManager.cpu.value;
  const process = p?.taskManager.processBytes.value;
  const memory = memoryFields(role)[0];
  if (!p || !role || !slots || !cpu || !process || !memory || p.clusterType === 'session-job') return [];
  if (ctx.offset < role.keySpan.start || ctx.offset > role.span.end) return [];
  const base = specPath(ctx);
  return CHOICES.filter((s) => s !== slots).flatMap((s) => {
    const mib = Math.round((process / 2 ** 20 / slots) * s);
    const required = [
      setIn(ctx.resource.document, ctx.text, [...base, 'flinkConfiguration', 'taskmanager.numberOfTaskSlots'], String(s)),
      setIn(ctx.resource.document, ctx.text, [...base, 'taskManager', ...memory.path], sizeLike(memory.field.text, mib)),
      role.replicas && p.parallelism.value ? setIn(ctx.resource.document, ctx.text, [...base, 'taskManager', 'replicas'], Math.ceil(p.parallelism.value / s)) : null,
    ];
    // A resize that could write the slots but not the memory (say, a flow mapping it cannot extend) is not offered.
    if (required.includes(undefined)) return [];
    const edits = [...required, cpuEdit(ctx, base, (cpu / slots) * s)].filter((e): e is TextEdit => !!e);
    const after = analyze(applyEdits(ctx.text, edits), ctx.options).resources.find((r) => r.resource.documentIndex === ctx.resource.documentIndex)?.projection;
    if (!after || after.taskManager.memory.status !== 'ok') return [];
    return [{ title: `Resize TaskManagers to ${plural(s, 'slot')}: ${summary(after)}`, edits }];
  });
}

function cpuEdit(ctx: RefactorContext, base: string[], cpu: number): TextEdit | undefined {
  const role = roleOf(ctx.resource.spec, 'taskManager');
  const value = Math.round(cpu * 100) / 100;
  const resources = role?.resources && !('kind' in role.resources) ? role.resources : undefined;
  if (resources?.requests.has('cpu') && !resources.limits.has('cpu')) return setIn(ctx.resource.document, ctx.text, [...base, 'taskManager', 'resources', 'requests', 'cpu'], value);
  if (resources) return undefined;
  return setIn(ctx.resource.document, ctx.text, [...base, 'taskManager', 'resource', 'cpu'], value);
}
