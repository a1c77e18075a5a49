/**
 * resources-operator-version: `jobManager/taskManager.resources` (requests/limits) exists only in
 * operators newer than 1.15.0 (§1.5); older operators drop it and size the pods from `resource`.
 * The projection assumes an operator that understands the field.
 */

import { atLeast, roleOf } from './helpers';
import { Report, ResourceContext, ResourceRule } from './types';

export const resourcesOperatorVersion: ResourceRule = {
  id: 'resources-operator-version',
  severity: 'warning',
  doc: {
    summary: 'resources requests/limits used with a target operator that does not support them.',
    why: 'Up to operator 1.15 the CRD has no resources field: the API server drops it and the pod gets no memory from it.',
    before: 'taskManager:\n  resources:\n    requests: { memory: 4Gi, cpu: "2" }',
    after: 'taskManager:\n  resource:\n    memory: 4096m\n    cpu: 2',
  },
  check(ctx: ResourceContext): Report[] {
    if (atLeast(ctx, '1.16') || ctx.resource.kind === 'FlinkSessionJob') return [];
    return (['jobManager', 'taskManager'] as const).flatMap((name) => {
      const resources = roleOf(ctx.resource.spec, name)?.resources;
      const key = roleOf(ctx.resource.spec, name)?.view.get('resources');
      if (!resources || !key) return [];
      return [{ message: `spec.${name}.resources needs an operator newer than 1.15; operator ${ctx.options.operatorVersion} drops it, so use spec.${name}.resource (cpu, memory) there.`, span: key.keySpan }];
    });
  },
};
