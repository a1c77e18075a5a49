/**
 * resource-requirements: spec memory, cpu and ephemeral storage values the operator cannot parse
 * or rejects: memory that is not a size, cpu or memory not positive, negative other resources,
 * a request above its limit (§4.1 V-17, V-18; §5.1-5.2). Decimal memory is left to memory-unit.
 */

import { Field, isKnown, Scalar } from '../yaml/fields';
import { parseResourceMemory } from '../units/resource-memory';
import { parseQuantity } from '../units/quantity';
import { toNumber } from '../units/decimal';
import { roleOf } from './helpers';
import { Report, ResourceContext, ResourceRule } from './types';
import { RoleView } from '../model/types';

export const resourceRequirements: ResourceRule = {
  id: 'resource-requirements',
  severity: 'error',
  patches: true,
  doc: {
    summary: 'A memory, cpu or storage value in resource/resources that the operator rejects.',
    why: 'The operator parses these values itself and rejects what it cannot read, non-positive cpu or memory, and requests above limits.',
    before: 'resources:\n  requests: { memory: 4Gi, cpu: "0" }\n  limits: { memory: 2Gi }',
    after: 'resources:\n  requests: { memory: 2Gi, cpu: "1" }\n  limits: { memory: 2Gi }',
  },
  check(ctx: ResourceContext): Report[] {
    if (ctx.resource.kind === 'FlinkSessionJob') return [];
    return (['jobManager', 'taskManager'] as const).flatMap((name) => checkRole(roleOf(ctx.resource.spec, name), name === 'jobManager' ? 'JobManager' : 'TaskManager'));
  },
};

function checkRole(role: RoleView | undefined, who: string): Report[] {
  const reports: Report[] = [];
  const resource = role?.resource;
  if (resource && !('kind' in resource)) {
    const memory = known(resource.memory);
    if (memory && memoryError(memory.text)) reports.push({ message: `${who} resource.memory "${memory.text}" cannot be read: ${memoryError(memory.text)}.`, span: memory.span });
    const storage = known(resource.ephemeralStorage);
    if (storage && !parseQuantity(storage.text.trim()).ok) reports.push({ message: `${who} resource.ephemeralStorage "${storage.text}" is not a Kubernetes quantity.`, span: storage.span });
  }
  const resources = role?.resources;
  if (!resources || 'kind' in resources) return reports;
  const amounts: Record<string, Record<string, number>> = { requests: {}, limits: {} };
  for (const [section, map] of [['requests', resources.requests], ['limits', resources.limits]] as const) {
    for (const [key, field] of map) {
      const value = known(field);
      if (!value) continue;
      const problem = quantityProblem(key, value.text);
      if (typeof problem === 'string') reports.push({ message: `${who} resources.${section}.${key} ${problem}.`, span: value.span });
      else (amounts[section] ?? {})[key] = problem;
    }
  }
  for (const key of ['cpu', 'memory']) {
    const request = amounts.requests?.[key];
    const limit = amounts.limits?.[key];
    if (request !== undefined && limit !== undefined && request > limit) {
      const field = resources.requests.get(key);
      if (field) reports.push({ message: `${who} ${key} request is above its limit; the operator rejects this.`, span: field.span });
    }
  }
  return reports;
}

/** The amount used in comparisons (memory in Flink bytes, cpu in cores), or what is wrong. */
function quantityProblem(key: string, text: string): number | string {
  if (key === 'memory') {
    const error = memoryError(text);
    if (error) return `"${text}" cannot be read: ${error}`;
    const parsed = parseResourceMemory(text).result;
    return parsed.ok && parsed.bytes > 0n ? Number(parsed.bytes) : `"${text}" must be positive`;
  }
  const q = parseQuantity(text.trim());
  if (!q.ok) return `"${text}" is not a Kubernetes quantity`;
  const amount = toNumber(q.amount);
  if (key === 'cpu' && amount <= 0) return `"${text}" must be positive`;
  if (amount < 0) return `"${text}" must not be negative`;
  return amount;
}

/** Parse error of a memory value, except decimal fractions (memory-unit reports those with a fix). */
function memoryError(text: string): string | undefined {
  const parsed = parseResourceMemory(text).result;
  if (parsed.ok || /^\s*\d*\.\d+\s*[a-zA-Z]*\s*$/.test(text)) return undefined;
  return parsed.error;
}

function known(field: Field<Scalar> | undefined): (Field<Scalar> & { kind: 'known' }) | undefined {
  return isKnown(field) && field.value !== null ? field : undefined;
}
