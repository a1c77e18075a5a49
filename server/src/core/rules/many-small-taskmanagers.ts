/**
 * many-small-taskmanagers: the projection yields many TaskManager pods with one or two slots
 * each. Fewer, larger TaskManagers load the API server, scheduler and kubelets less and share
 * the fixed per-JVM memory (framework, metaspace, overhead).
 */

import { configPath, fixes, setFix, slotsDefaulted } from './helpers';
import { validated } from './validated-fix';
import { plural } from '../format/numbers';
import { Report, ResourceContext, ResourceRule } from './types';

export const manySmallTaskManagers: ResourceRule = {
  id: 'many-small-taskmanagers',
  severity: 'info',
  doc: {
    summary: 'Many TaskManager pods with one or two slots each.',
    why: 'Each pod costs a JVM\'s fixed memory and load on Kubernetes; parallelism 64 with one slot per TaskManager means 64 pods.',
    before: 'job:\n  parallelism: 64   # 1 slot per TaskManager',
    after: 'taskmanager.numberOfTaskSlots: "4"\njob:\n  parallelism: 64   # 16 TaskManagers',
  },
  check(ctx: ResourceContext): Report[] {
    const p = ctx.projection;
    const tms = p?.taskManager.count.value;
    const slots = p?.slotsPerTaskManager.value;
    const { manyTaskManagers, smallTaskManagerSlots } = ctx.options.thresholds;
    if (!p || !tms || !slots || tms < manyTaskManagers || slots > smallTaskManagerSlots || ctx.resource.kind === 'FlinkSessionJob') return [];
    const target = 4;
    const span = ctx.resource.spec?.flinkConfiguration.entries.get('taskmanager.numberOfTaskSlots')?.valueSpan ?? p.taskManager.count.span ?? ctx.resource.kindSpan;
    const fix = validated(ctx, setFix(ctx, configPath(ctx, 'taskmanager.numberOfTaskSlots'), String(target), ''), (q) => (q.taskManager.count.value ?? Infinity) < tms);
    const newCount = fix ? ` (${Math.ceil((p.slotsNeeded.value ?? 0) / target)} TaskManagers)` : '';
    return [{
      absent: slotsDefaulted(ctx),
      message: `${tms} TaskManager pods with ${plural(slots, 'slot')} each; fewer, larger TaskManagers (e.g. ${target} slots, with CPU and memory to match) are lighter on Kubernetes and share JVM overhead.`,
      span,
      fixes: fixes(fix && { ...fix, title: `Set taskmanager.numberOfTaskSlots to ${target}${newCount}; then scale CPU and memory per TaskManager` }),
    }];
  },
};
