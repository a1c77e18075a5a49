/**
 * memory-config-invalid: Flink's memory model cannot be satisfied, so the deployment fails before
 * any pod runs (§5.4-5.5, §5.4.4, §4.5). Also the JobManager heap below Flink's recommended
 * minimum, as a warning. "Nothing set at all" is memory-required's finding.
 */

import { Span } from '../text/span';
import { ConfigEntry } from '../model/flink-config';
import { MemoryOutcome } from '../projection/types';
import { MIB } from '../units/memory-size';
import { fixes, removeFix, roleOf, setFix, specPath } from './helpers';
import { memoryFields, sizeLike } from './memory-fields';
import { validated } from './validated-fix';
import { slotsInvalid } from './task-slots';
import { Fix, Report, ResourceContext, ResourceRule } from './types';

type Role = 'jobManager' | 'taskManager';
/** flinkConfiguration keys that take part in a role's memory layout, legacy ones included. */
const PREFIXES: Record<Role, readonly string[]> = {
  jobManager: ['jobmanager.memory.', 'jobmanager.heap.'],
  taskManager: ['taskmanager.memory.', 'taskmanager.network.memory.', 'taskmanager.heap.', 'taskmanager.network.numberOfBuffers'],
};
/** How each stage's failure reads (the validator's own rejection is memory-required's finding). */
export const CONSEQUENCE = {
  operator: ['the operator cannot deploy the resource and no pod starts', 'The operator reports'],
  jobmanager: ['the JobManager fails at start', 'Flink reports'],
  taskmanager: ['the TaskManagers fail at start', 'Flink reports'],
} as const;

export const memoryConfigInvalid: ResourceRule = {
  id: 'memory-config-invalid',
  severity: 'error',
  doc: {
    summary: 'Memory settings that Flink cannot turn into a JobManager or TaskManager memory layout.',
    why: 'The operator accepts them, but Flink computes the layout at deploy time and fails, so no pod starts.',
    before: 'taskManager:\n  resource:\n    memory: 512m',
    after: 'taskManager:\n  resource:\n    memory: 1024m',
  },
  check(ctx: ResourceContext): Report[] {
    const p = ctx.projection;
    if (!p || ctx.resource.kind === 'FlinkSessionJob') return [];
    return [...checkRole(ctx, 'taskManager', p.taskManager.memory), ...checkRole(ctx, 'jobManager', p.jobManager.memory)];
  },
};

function checkRole(ctx: ResourceContext, role: Role, memory: MemoryOutcome<{ warning?: string; process: bigint }>): Report[] {
  const who = role === 'jobManager' ? 'JobManager' : 'TaskManager';
  const configKeys = memoryEntries(ctx, role);
  const spec = memoryFields(roleOf(ctx.resource.spec, role))[0];
  const span: Span = spec?.field.span ?? configKeys[0]?.keySpan ?? roleOf(ctx.resource.spec, role)?.keySpan ?? ctx.resource.kindSpan;
  if (memory.status === 'ok' && memory.value.warning) return [{ message: memory.value.warning, span, severity: 'warning' }];
  if (memory.status !== 'failed' || memory.failure.stage === 'validator') return [];
  // Slots Flink cannot use also fail the TaskManager spec; task-slots reports that mistake.
  if (slotsInvalid(ctx) && /numberOfTaskSlots|positive number of CPU cores/.test(memory.failure.flinkMessage)) return [];
  const [consequence, reporter] = CONSEQUENCE[memory.failure.stage];
  const related = configKeys.filter((e) => e.keySpan.start !== span.start).map((e) => ({ span: e.keySpan, message: `${e.key} takes part in the ${who} memory layout` }));
  const ok = (p: Parameters<Parameters<typeof validated>[2]>[0]) => p[role].memory.status === 'ok';
  const candidates: Array<Fix | undefined> = configKeys.filter((e) => !/process\.size$/.test(e.key)).map((e) => validated(ctx, removeFix(ctx, { keySpan: e.keySpan, span: e.valueSpan }, `Remove ${e.key}`), ok));
  if (spec) candidates.unshift(smallestWorkingMemory(ctx, role, spec.field.text, spec.path)?.fix);
  return [{
    message: `${who} memory does not work out, so ${consequence}: ${memory.failure.message} ${reporter}: "${memory.failure.flinkMessage}"`,
    span,
    related,
    fixes: fixes(...candidates).map((f, i) => ({ ...f, preferred: i === 0 })),
  }];
}

/** The smallest whole-GiB-aligned size that Flink accepts, searched upwards from the current one. */
export function smallestWorkingMemory(ctx: ResourceContext, role: Role, current: string, path: readonly string[]): { fix: Fix; size: string } | undefined {
  const projected = ctx.projection?.[role].processBytes.value ?? 0;
  for (let mib = Math.max(1024, Math.ceil(projected / Number(MIB) / 512) * 512); mib <= 65536; mib *= 2) {
    const size = sizeLike(current, mib);
    const fix = validated(ctx, setFix(ctx, specPath(ctx, role, ...path), size, `Set ${role} memory to ${size}`), (p) => p[role].memory.status === 'ok');
    if (fix) return { fix, size };
  }
  return undefined;
}

function memoryEntries(ctx: ResourceContext, role: Role): ConfigEntry[] {
  const entries = ctx.resource.spec?.flinkConfiguration.entries;
  return entries ? [...entries.values()].filter((e) => PREFIXES[role].some((prefix) => e.key.startsWith(prefix))) : [];
}
