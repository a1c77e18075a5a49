/**
 * job-parallelism-ignored: `taskManager.replicas` and `job.parallelism` are both set.
 * The operator then writes parallelism.default = replicas × slots and only logs that
 * job.parallelism is ignored (flink-semantics.md §2.3). Without replicas, in standalone mode
 * (every mode before operator 1.14), the largest `pipeline.jobvertex-parallelism-overrides`
 * value replaces job.parallelism without even a log line (overridden-parallelism.ts).
 */

import { ceilDiv } from '../projection/derived';
import { atLeast, fixes, intOf, jobOf, removeFix, roleOf, setFix, specPath } from './helpers';
import { configValue, EMPTY_CONFIG } from '../model/flink-config';
import { Field, Scalar } from '../yaml/fields';
import { Fix, Report, ResourceContext, ResourceRule } from './types';
import { overriddenParallelism } from './overridden-parallelism';

/** Sets replicas so replicas × slots covers job.parallelism, and drops the ignored field. */
function replicasFix(ctx: ResourceContext, parallelism: Field<Scalar>, replicas: number, slots: number): Fix | undefined {
  const set = setFix(ctx, specPath(ctx, 'taskManager', 'replicas'), replicas, '');
  const remove = removeFix(ctx, parallelism, '');
  if (!set || !remove) return undefined;
  return { title: `Set taskManager.replicas to ${replicas} (parallelism ${replicas * slots}) and remove job.parallelism`, edits: [...set.edits, ...remove.edits] };
}

export const jobParallelismIgnored: ResourceRule = {
  id: 'job-parallelism-ignored',
  severity: 'warning',
  // A patch that sets both fields sets them in the merged resource too.
  patches: true,
  doc: {
    summary: 'job.parallelism is ignored because taskManager.replicas (or, in standalone mode, a vertex parallelism override) decides the parallelism.',
    why: 'With replicas set the operator uses replicas × slots as the parallelism and silently drops job.parallelism; in standalone mode the largest pipeline.jobvertex-parallelism-overrides value does the same.',
    before: 'taskManager: {replicas: 2}  # 2 slots each\njob: {parallelism: 10}',
    after: 'taskManager: {replicas: 5}\njob: {}',
  },
  check(ctx: ResourceContext): Report[] {
    const ignored = ctx.projection?.ignoredJobParallelism;
    const p = ctx.projection?.parallelism.value;
    const slots = ctx.projection?.slotsPerTaskManager.value;
    const field = jobOf(ctx.resource.spec)?.parallelism;
    const replicasValue = intOf(roleOf(ctx.resource.spec, 'taskManager')?.replicas);
    if (!ignored && field) return overriddenParallelism(ctx, field);
    // Replicas below 1 are rejected outright (parallelism-required), nothing is ignored yet.
    if (!ignored || !field || (replicasValue !== undefined && replicasValue < 1)) return [];
    const equal = ignored.value === p;
    const message = equal
      ? `job.parallelism ${ignored.value} is redundant: taskManager.replicas × slots already gives ${p}, and the operator ignores job.parallelism when replicas are set.`
      : `job.parallelism ${ignored.value} is ignored: taskManager.replicas is set, so the job runs at replicas × slots${typeof p === 'number' ? ` = ${p}` : ` (${ctx.projection?.parallelism.reason ?? 'unknown'})`}.`;
    const replicas = roleOf(ctx.resource.spec, 'taskManager')?.replicas;
    // Without replicas job.parallelism decides, in standalone mode too (the TaskManager count
    // follows it), unless vertex overrides would then decide instead.
    const overrides = configValue(ctx.resource.spec?.flinkConfiguration ?? EMPTY_CONFIG, 'pipeline.jobvertex-parallelism-overrides');
    const overridesDecide = (overrides.value !== undefined || overrides.unknown) && !(ctx.projection?.mode.value === 'native' && atLeast(ctx, '1.14'));
    return [{
      message,
      span: ignored.span,
      severity: equal ? 'info' : 'warning',
      related: [{ span: ignored.replicasSpan, message: `taskManager.replicas decides the parallelism${typeof p === 'number' ? ` (${p})` : ''}` }],
      fixes: fixes(
        removeFix(ctx, field, 'Remove job.parallelism (replicas decide)', true),
        !equal && slots ? replicasFix(ctx, field, ceilDiv(ignored.value, slots), slots) : undefined,
        !equal && !overridesDecide && replicas ? removeFix(ctx, replicas, `Remove taskManager.replicas so job.parallelism ${ignored.value} decides`) : undefined,
      ),
    }];
  },
};
