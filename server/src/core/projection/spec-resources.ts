/**
 * What the operator writes into the Flink configuration from `jobManager`/`taskManager`
 * `resource` (deprecated) or `resources` (requests/limits): process memory, cpu and, for
 * `resources` with both a request and a limit, the limit factors (flink-semantics.md §1.5, §5.2, §6.1).
 */

import { Span } from '../text/span';
import { Field, isKnown, Scalar } from '../yaml/fields';
import { DeprecatedResourceView, ResourceRequirementsView, RoleView } from '../model/types';
import { parseResourceMemory } from '../units/resource-memory';
import { parseQuantity } from '../units/quantity';
import { toNumber } from '../units/decimal';
import { javaDoubleToString } from '../units/java-format';
import { memorySizeToString } from '../memory/options';
import { EffectiveConfig } from './effective-config';

export type Role = 'jobManager' | 'taskManager';

const KEYS = {
  jobManager: { memory: 'jobmanager.memory.process.size', cpu: 'kubernetes.jobmanager.cpu.amount', prefix: 'kubernetes.jobmanager' },
  taskManager: { memory: 'taskmanager.memory.process.size', cpu: 'kubernetes.taskmanager.cpu.amount', prefix: 'kubernetes.taskmanager' },
} as const;

/** Writes the spec-derived keys of one role into the effective configuration. */
export function applySpecResources(config: EffectiveConfig, role: Role, view: RoleView | Field<never> | undefined): void {
  if (view === undefined) return;
  if (isField(view)) return markUnknown(config, role, `spec.${role}: ${view.kind === 'unknown' ? view.reason : 'not a mapping'}`, view.span);
  const resources = view.resources;
  if (resources && isField(resources)) return markUnknown(config, role, `spec.${role}.resources: ${reasonOf(resources)}`, resources.span);
  if (resources && (resources.unknown || resources.requests.size > 0 || resources.limits.size > 0)) return applyRequirements(config, role, resources);
  const resource = view.resource;
  if (resource && isField(resource)) return markUnknown(config, role, `spec.${role}.resource: ${reasonOf(resource)}`, resource.span);
  if (resource) applyDeprecated(config, role, resource);
}

function isField(value: object): value is Field<never> {
  return 'kind' in value;
}

function reasonOf(field: Field<never>): string {
  return field.kind === 'unknown' ? field.reason : 'not a mapping';
}

function markUnknown(config: EffectiveConfig, role: Role, reason: string, span: Span): void {
  config.unknownFromSpec(KEYS[role].memory, reason, span);
  config.unknownFromSpec(KEYS[role].cpu, reason, span);
}

function applyDeprecated(config: EffectiveConfig, role: Role, resource: DeprecatedResourceView): void {
  applyMemory(config, role, resource.memory, `spec.${role}.resource.memory`);
  const cpu = resource.cpu;
  if (!cpu) return;
  const path = `spec.${role}.resource.cpu`;
  if (!isKnown(cpu)) return config.unknownFromSpec(KEYS[role].cpu, `${path}: ${cpu.reason}`, cpu.span);
  if (cpu.value === null) return;
  const value = typeof cpu.value === 'number' ? cpu.value : Number(cpu.text);
  if (Number.isFinite(value)) config.setFromSpec(KEYS[role].cpu, javaDoubleToString(value), path, cpu.span);
  else config.unknownFromSpec(KEYS[role].cpu, `${path} "${cpu.text}" is not a number`, cpu.span);
}

function applyMemory(config: EffectiveConfig, role: Role, field: Field<Scalar> | undefined, path: string): void {
  if (!field) return;
  const key = KEYS[role].memory;
  if (!isKnown(field)) return config.unknownFromSpec(key, `${path}: ${field.reason}`, field.span);
  if (field.value === null) return;
  const memory = parseResourceMemory(field.text);
  const parsed = memory.result;
  // The operator writes Flink's MemorySize.toString() ("2 gb"), or the quantity's bytes.
  if (parsed.ok) config.setFromSpec(key, memory.path === 'flink' ? memorySizeToString(parsed.bytes) : parsed.bytes.toString(), `${path} "${field.text}"`, field.span);
  else config.unknownFromSpec(key, `the operator rejects ${path}: ${parsed.error}`, field.span);
}

function applyRequirements(config: EffectiveConfig, role: Role, resources: ResourceRequirementsView): void {
  if (resources.unknown) return markUnknown(config, role, `spec.${role}.resources: ${resources.unknown}`, resources.span);
  const { requests, limits } = resources;
  const memoryIn = requests.has('memory') ? 'requests' : 'limits';
  applyMemory(config, role, requests.get('memory') ?? limits.get('memory'), `spec.${role}.resources.${memoryIn}.memory`);
  const cpuIn = requests.has('cpu') ? 'requests' : 'limits';
  const cpu = requests.get('cpu') ?? limits.get('cpu');
  const cpuAmount = cpu ? quantity(cpu) : undefined;
  if (cpu && typeof cpuAmount === 'number') config.setFromSpec(KEYS[role].cpu, javaDoubleToString(cpuAmount), `spec.${role}.resources.${cpuIn}.cpu`, cpu.span);
  else if (cpu) config.unknownFromSpec(KEYS[role].cpu, `spec.${role}.resources.${cpuIn}.cpu: ${cpuAmount ?? 'unknown'}`, cpu.span);
  for (const kind of ['cpu', 'memory'] as const) applyLimitFactor(config, role, kind, requests.get(kind), limits.get(kind));
}

/** Factor = limit / request in Kubernetes units, only when both exist and the request is > 0. */
function applyLimitFactor(config: EffectiveConfig, role: Role, kind: 'cpu' | 'memory', request?: Field<Scalar>, limit?: Field<Scalar>): void {
  if (!request || !limit) return;
  const key = `${KEYS[role].prefix}.${kind}.limit-factor`;
  const req = quantity(request);
  const lim = quantity(limit);
  if (typeof req === 'string' || typeof lim === 'string') return config.unknownFromSpec(key, `the operator cannot compute the ${kind} limit factor: ${typeof req === 'string' ? req : lim}`, limit.span);
  if (req > 0) config.setFromSpec(key, javaDoubleToString(lim / req), `spec.${role}.resources limits.${kind} / requests.${kind}`, limit.span);
}

/** A quantity's numeric amount, or why there is none. */
function quantity(field: Field<Scalar>): number | string {
  if (!isKnown(field)) return field.reason;
  const parsed = parseQuantity(field.text.trim());
  return parsed.ok ? toNumber(parsed.amount) : parsed.error;
}
