/**
 * session-replicas: `taskManager.replicas` on a native session cluster. The operator only turns
 * replicas into a TaskManager count for standalone clusters (and into the parallelism of an
 * application); a native session cluster starts TaskManagers when jobs ask for slots, so the
 * field does nothing (operators 1.13-1.16, FlinkConfigBuilder; §3.2).
 */

import { isKnown } from '../yaml/fields';
import { removeFix, roleOf } from './helpers';
import { Report, ResourceContext, ResourceRule } from './types';

export const sessionReplicas: ResourceRule = {
  id: 'session-replicas',
  severity: 'warning',
  doc: {
    summary: 'taskManager.replicas on a native session cluster, where the operator ignores it.',
    why: 'A native session cluster starts TaskManagers only when submitted jobs need slots; replicas neither pre-starts nor limits them.',
    before: 'spec:\n  taskManager:\n    replicas: 3   # no job: a session cluster',
    after: 'spec:\n  mode: standalone   # a fixed pool of TaskManagers\n  taskManager:\n    replicas: 3',
  },
  check(ctx: ResourceContext): Report[] {
    const p = ctx.projection;
    if (ctx.resource.kind !== 'FlinkDeployment' || !p || p.clusterType !== 'session' || p.mode.value !== 'native') return [];
    const role = roleOf(ctx.resource.spec, 'taskManager');
    const replicas = role?.replicas;
    if (!role || !replicas || (isKnown(replicas) && replicas.value === null)) return [];
    const entry = role.view.get('replicas');
    return [{
      message: 'A native session cluster ignores taskManager.replicas: no TaskManager starts until a session job needs slots, and then as many as its slots need. Use mode: standalone for a fixed pool of TaskManagers.',
      span: replicas.span,
      fixes: entry ? [removeFix(ctx, { keySpan: entry.keySpan, span: replicas.span }, 'Remove taskManager.replicas', true)].filter((f) => f !== undefined) : [],
    }];
  },
};
