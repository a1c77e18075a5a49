/**
 * memory-required: JobManager and TaskManager memory must be given in the spec or be derivable
 * from flinkConfiguration (§4.1 V-16, V-21; §5.3).
 */

import { roleOf, validatorConfig, setFix, specPath, fixes } from './helpers';
import { EffectiveConfig } from '../projection/effective-config';
import { RoleView } from '../model/types';
import { Report, ResourceContext, ResourceRule } from './types';

const DERIVABLE = {
  jobManager: [['jobmanager.memory.process.size'], ['jobmanager.memory.flink.size'], ['jobmanager.memory.heap.size'], ['jobmanager.heap.size']],
  taskManager: [['taskmanager.memory.process.size'], ['taskmanager.memory.flink.size'], ['taskmanager.memory.task.heap.size', 'taskmanager.memory.managed.size'], ['taskmanager.heap.size']],
} as const;

export const memoryRequired: ResourceRule = {
  id: 'memory-required',
  severity: 'error',
  doc: {
    summary: 'JobManager or TaskManager memory is not given anywhere.',
    why: 'Without spec memory or Flink memory options the operator rejects the resource.',
    before: 'taskManager:\n  replicas: 2',
    after: 'taskManager:\n  replicas: 2\n  resource:\n    memory: 4096m',
  },
  check(ctx: ResourceContext): Report[] {
    if (ctx.resource.kind !== 'FlinkDeployment' && ctx.resource.kind !== 'FlinkBlueGreenDeployment') return [];
    const spec = ctx.resource.spec;
    if (!spec || spec.view.open) return [];
    const config = validatorConfig(ctx);
    return (['jobManager', 'taskManager'] as const).flatMap((name) => {
      const role = spec[name];
      if (role && 'kind' in role) return [];
      if (specMemory(roleOf(spec, name)) || derivable(config, name)) return [];
      const path = role?.resources && !('kind' in role.resources) ? ['resources', 'requests', 'memory'] : ['resource', 'memory'];
      return [{
        message: `${name} memory is not defined: set spec.${name}.${path.join('.')} (the pod's total process memory) or a Flink memory size in flinkConfiguration.`,
        span: role?.keySpan ?? spec.view.get('flinkVersion')?.keySpan ?? ctx.resource.kindSpan,
        absent: [specPath(ctx, name).join('.'), specPath(ctx, name, 'resource').join('.'), specPath(ctx, name, 'resources').join('.'), specPath(ctx, name, ...path).join('.')],
        fixes: fixes(setFix(ctx, specPath(ctx, name, ...path), '2048m', `Set ${name} memory to 2048m`, true)),
      }];
    });
  },
};

function specMemory(role: RoleView | undefined): boolean {
  const resources = role?.resources;
  if (resources && !('kind' in resources) && (resources.unknown || resources.requests.has('memory') || resources.limits.has('memory'))) return true;
  const resource = role?.resource;
  if (resource && 'kind' in resource) return true;
  return !!resource && !!resource.memory && !(resource.memory.kind === 'known' && resource.memory.value === null);
}

function derivable(config: EffectiveConfig, name: keyof typeof DERIVABLE): boolean {
  return DERIVABLE[name].some((keys) => keys.every((k) => config.get(k).kind !== 'unset'));
}
