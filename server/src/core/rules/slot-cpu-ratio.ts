/**
 * slot-cpu-ratio: TaskManager slots per CPU outside the configured band (default 1-2: one slot
 * per CPU for CPU-bound jobs, two for I/O-bound ones). Without any cpu a TaskManager gets one CPU
 * per slot (§6.2), which is always inside the band.
 */

import { configPath, fixes, roleOf, setFix, specPath, slotsDefaulted } from './helpers';
import { RoleView } from '../model/types';
import { plural } from '../format/numbers';
import { Fix, Report, ResourceContext, ResourceRule } from './types';

export const slotCpuRatio: ResourceRule = {
  id: 'slot-cpu-ratio',
  severity: 'warning',
  doc: {
    summary: 'A TaskManager with too many or too few slots for its CPUs.',
    why: 'Slots share the TaskManager\'s CPUs: more than two slots per CPU starve CPU-bound operators, fewer than one leaves paid-for CPU idle.',
    before: 'taskmanager.numberOfTaskSlots: "8"\ntaskManager:\n  resource: { cpu: 1 }',
    after: 'taskmanager.numberOfTaskSlots: "8"\ntaskManager:\n  resource: { cpu: 4 }',
  },
  check(ctx: ResourceContext): Report[] {
    const p = ctx.projection;
    const slots = p?.slotsPerTaskManager.value;
    const cpu = p?.taskManager.cpu.value;
    if (!p || !slots || !cpu || ctx.resource.kind === 'FlinkSessionJob') return [];
    const { slotsPerCpuMin: min, slotsPerCpuMax: max } = ctx.options.thresholds;
    const ratio = slots / cpu;
    if (ratio >= min && ratio <= max) return [];
    const role = roleOf(ctx.resource.spec, 'taskManager');
    const span = cpuField(role)?.span ?? ctx.resource.spec?.flinkConfiguration.entries.get('taskmanager.numberOfTaskSlots')?.valueSpan ?? role?.keySpan ?? ctx.resource.kindSpan;
    const tooMany = ratio > max;
    const message = tooMany
      ? `${slots} slots share ${cpu} CPU per TaskManager (${round(ratio)} slots per CPU, more than ${max}); CPU-heavy operators will be starved.`
      : `${plural(slots, 'slot')} for ${cpu} CPU per TaskManager (${round(ratio)} slots per CPU, fewer than ${min}); part of the CPU stays idle.`;
    const targetCpu = tooMany ? slots / max : slots / min;
    const targetSlots = Math.max(1, tooMany ? Math.floor(cpu * max) : Math.ceil(cpu * min));
    return [{ message, span, absent: slotsDefaulted(ctx), fixes: fixes(cpuFix(ctx, role, targetCpu, slots), targetSlots !== slots ? setFix(ctx, configPath(ctx, 'taskmanager.numberOfTaskSlots'), String(targetSlots), `Set taskmanager.numberOfTaskSlots to ${targetSlots} (${round(targetSlots / cpu)} per CPU)`) : undefined) }];
  },
};

function cpuField(role: RoleView | undefined) {
  const resources = role?.resources;
  if (resources && !('kind' in resources)) return resources.requests.get('cpu') ?? resources.limits.get('cpu');
  const resource = role?.resource;
  return resource && !('kind' in resource) ? resource.cpu : undefined;
}

function cpuFix(ctx: ResourceContext, role: RoleView | undefined, cpu: number, slots: number): Fix | undefined {
  const resources = role?.resources;
  const title = `Set TaskManager cpu to ${round(cpu)} (${round(slots / cpu)} slots per CPU)`;
  if (resources && !('kind' in resources)) {
    if (resources.limits.has('cpu') || !resources.requests.has('cpu')) return undefined;
    return setFix(ctx, specPath(ctx, 'taskManager', 'resources', 'requests', 'cpu'), round(cpu), title, true);
  }
  const resource = role?.resource;
  return resource && !('kind' in resource) ? setFix(ctx, specPath(ctx, 'taskManager', 'resource', 'cpu'), round(cpu), title, true) : undefined;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
