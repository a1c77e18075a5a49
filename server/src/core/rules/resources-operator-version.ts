/**
 * resources-operator-version: `jobManager/taskManager.resources` (requests/limits) exists only in
 * operators newer than 1.15.0 (§1.5); older operators' CRDs drop it and size the pods from
 * `resource`. The projection assumes an operator that understands the field. When nothing else
 * gives the role its memory (`resource.memory`, or memory options the validator can work with),
 * the target operator rejects the resource (its validator's V-16/V-21 message): then this is an
 * error, the one finding for the mistake (memory-required stays quiet, since the projection
 * reads the memory from `resources`).
 */

import { memoryDefined } from '../projection/cluster-context';
import { FlinkFault, Unresolvable } from '../memory/faults';
import { OPERATOR_LINE } from '../memory/flink-line';
import { MemoryConf } from '../memory/conf';
import { jobManagerSpec } from '../memory/jm';
import { memoryNotDefined } from '../memory/stages';
import { taskManagerSpec } from '../memory/tm-process';
import { RoleView } from '../model/types';
import { Tristate } from './flink-keys';
import { atLeast, roleOf, validatorConfig } from './helpers';
import { Report, ResourceContext, ResourceRule } from './types';

type RoleName = 'jobManager' | 'taskManager';

export const resourcesOperatorVersion: ResourceRule = {
  id: 'resources-operator-version',
  severity: 'warning',
  doc: {
    summary: 'resources requests/limits used with a target operator that does not support them.',
    why: 'Up to operator 1.15 the CRD has no resources field: the API server drops it and the pod gets no memory from it; with no other memory given, the operator rejects the resource.',
    before: 'taskManager:\n  resources:\n    requests: { memory: 4Gi, cpu: "2" }',
    after: 'taskManager:\n  resource:\n    memory: 4096m\n    cpu: 2',
  },
  check(ctx: ResourceContext): Report[] {
    if (atLeast(ctx, '1.16') || ctx.resource.kind === 'FlinkSessionJob') return [];
    return (['jobManager', 'taskManager'] as const).flatMap((name) => {
      const role = roleOf(ctx.resource.spec, name);
      const key = role?.view.get('resources');
      if (!role?.resources || !key) return [];
      const advice = `use spec.${name}.resource (cpu, memory) there`;
      if (memoryWithoutResources(ctx, name, role) !== false) {
        return [{ message: `spec.${name}.resources needs an operator newer than 1.15; operator ${ctx.options.operatorVersion} drops it, so ${advice}.`, span: key.keySpan }];
      }
      const rejected = memoryNotDefined(name, ctx.options.operatorVersion);
      return [{ severity: 'error', message: `spec.${name}.resources needs an operator newer than 1.15; operator ${ctx.options.operatorVersion} drops it, which leaves the ${name === 'jobManager' ? 'JobManager' : 'TaskManager'} without memory, so the operator rejects the resource ("${rejected}"): ${advice}.`, span: key.keySpan }];
    });
  },
};

/** The role's memory once the API server has dropped `resources`: the validator's view (V-16, V-21). */
function memoryWithoutResources(ctx: ResourceContext, name: RoleName, role: RoleView): Tristate {
  if (memoryDefined({ ...role, resources: undefined })) return true;
  const conf = new MemoryConf(validatorConfig(ctx), OPERATOR_LINE);
  try {
    if (name === 'taskManager') taskManagerSpec(conf);
    else jobManagerSpec(conf, 'heap');
    return true;
  } catch (error) {
    if (error instanceof FlinkFault) return false;
    if (error instanceof Unresolvable) return undefined;
    throw error;
  }
}
