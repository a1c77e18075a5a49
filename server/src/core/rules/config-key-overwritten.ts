/**
 * config-key-overwritten: flinkConfiguration keys that the operator always replaces from the
 * spec, so the value written here never reaches Flink (§2.2, §2.3).
 */

import { jobOf, removeFix, roleOf } from './helpers';
import { Report, ResourceContext, ResourceRule } from './types';
import { ResourceRequirementsView, RoleView } from '../model/types';

interface Overwrite {
  readonly key: string;
  /** Which spec field wins, or undefined when it does not apply to this resource. */
  readonly by: (ctx: ResourceContext) => string | undefined;
}

const OVERWRITES: readonly Overwrite[] = [
  { key: 'parallelism.default', by: (ctx) => (jobOf(ctx.resource.spec) ? 'the job\'s parallelism (job.parallelism or taskManager.replicas × slots)' : undefined) },
  { key: 'taskmanager.memory.process.size', by: (ctx) => memoryBy(roleOf(ctx.resource.spec, 'taskManager'), 'taskManager') },
  { key: 'jobmanager.memory.process.size', by: (ctx) => memoryBy(roleOf(ctx.resource.spec, 'jobManager'), 'jobManager') },
  { key: 'kubernetes.taskmanager.cpu.amount', by: (ctx) => cpuBy(roleOf(ctx.resource.spec, 'taskManager'), 'taskManager') },
  { key: 'kubernetes.jobmanager.cpu.amount', by: (ctx) => cpuBy(roleOf(ctx.resource.spec, 'jobManager'), 'jobManager') },
  { key: 'kubernetes.jobmanager.replicas', by: () => 'spec.jobManager.replicas' },
  { key: 'execution.target', by: () => 'the deployment mode and cluster type' },
  { key: 'pipeline.jars', by: (ctx) => (jobOf(ctx.resource.spec)?.jarURI ? 'spec.job.jarURI' : undefined) },
];

export const configKeyOverwritten: ResourceRule = {
  id: 'config-key-overwritten',
  severity: 'warning',
  doc: {
    summary: 'A flinkConfiguration key that the operator overwrites from the spec.',
    why: 'The operator writes these keys after flinkConfiguration, so the value here is silently replaced.',
    before: 'flinkConfiguration:\n  parallelism.default: "8"\njob:\n  parallelism: 2',
    after: 'job:\n  parallelism: 8',
  },
  check(ctx: ResourceContext): Report[] {
    const config = ctx.resource.spec?.flinkConfiguration;
    if (!config || ctx.resource.kind === 'FlinkSessionJob') return [];
    return OVERWRITES.flatMap(({ key, by }) => {
      const entry = config.entries.get(key);
      const winner = entry ? by(ctx) : undefined;
      if (!entry || !winner) return [];
      const fix = entry.nested ? undefined : removeFix(ctx, { keySpan: entry.keySpan, span: entry.valueSpan }, `Remove ${key}`, true);
      return [{ message: `${key} has no effect: the operator replaces it with ${winner}.`, span: entry.keySpan, fixes: fix ? [fix] : [] }];
    });
  },
};

function memoryBy(role: RoleView | undefined, name: string): string | undefined {
  const resources = requirements(role);
  if (resources && (resources.requests.has('memory') || resources.limits.has('memory'))) return `spec.${name}.resources memory`;
  const resource = role?.resource;
  return resource && !('kind' in resource) && resource.memory ? `spec.${name}.resource.memory` : undefined;
}

function cpuBy(role: RoleView | undefined, name: string): string | undefined {
  const resources = requirements(role);
  if (resources && (resources.requests.has('cpu') || resources.limits.has('cpu'))) return `spec.${name}.resources cpu`;
  const resource = role?.resource;
  return resource && !('kind' in resource) && resource.cpu ? `spec.${name}.resource.cpu` : undefined;
}

function requirements(role: RoleView | undefined): ResourceRequirementsView | undefined {
  const r = role?.resources;
  return r && !('kind' in r) ? r : undefined;
}
