/**
 * standalone-capacity: in standalone mode the TaskManagers are fixed, so a job that needs more
 * slots than replicas × slots never gets them (§3.4).
 */

import { roleOf } from './helpers';
import { Report, ResourceContext, ResourceRule } from './types';

export const standaloneCapacity: ResourceRule = {
  id: 'standalone-capacity',
  severity: 'error',
  doc: {
    summary: 'A standalone job that needs more slots than its fixed TaskManagers have.',
    why: 'Standalone mode runs exactly the TaskManagers the operator starts; missing slots mean the job waits and then fails (or shrinks in reactive mode).',
    before: 'mode: standalone\ntaskManager: { replicas: 2 }   # 2 slots each\n# flink-k8s: slot-sharing-groups=default,default',
    after: 'mode: standalone\ntaskManager: { replicas: 4 }',
  },
  check(ctx: ResourceContext): Report[] {
    const p = ctx.projection;
    const missing = p?.missingSlots.value;
    if (!p || p.mode.value !== 'standalone' || !missing || p.clusterType === 'session-job') return [];
    // TaskManagers whose memory fails start no slots; memory-config-invalid says so, and the fix is
    // the memory, not more replicas.
    if (p.taskManager.memory.status === 'failed') return [];
    if (p.clusterType === 'session') {
      return [{ message: `The session jobs found for this cluster need ${p.slotsNeeded.value} slots but its ${p.taskManager.count.value} standalone TaskManagers have ${p.totalSlots.value}; ${missing} slots are missing.`, span: roleOf(ctx.resource.spec, 'taskManager')?.replicas?.span ?? ctx.resource.kindSpan }];
    }
    const replicas = roleOf(ctx.resource.spec, 'taskManager')?.replicas;
    const span = replicas?.span ?? ctx.resource.hint.span ?? ctx.resource.kindSpan;
    return [{
      message: `The job needs ${p.slotsNeeded.value} slots but the ${p.taskManager.count.value} standalone TaskManagers have ${p.totalSlots.value}; ${missing} slots are missing, so the job cannot start all its tasks.`,
      span,
      related: ctx.resource.hint.span ? [{ span: ctx.resource.hint.span, message: 'the slot sharing groups that need the extra slots' }] : [],
    }];
  },
};
