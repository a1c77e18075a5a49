/**
 * job.parallelism replaced by the largest `pipeline.jobvertex-parallelism-overrides` value
 * (flink-semantics.md §2.3, §3.4): from operator 1.14 only with an explicit `mode: standalone`,
 * before that in every mode. The operator writes that value as parallelism.default, and in
 * standalone mode sizes the fixed TaskManager Deployment from it.
 */

import { fixes, removeFix } from './helpers';
import { Field, Scalar } from '../yaml/fields';
import { Report, ResourceContext } from './types';
import { plural } from '../format/numbers';
import { ceilDiv } from '../projection/derived';

export function overriddenParallelism(ctx: ResourceContext, field: Field<Scalar>): Report[] {
  const p = ctx.projection;
  const overridden = p?.overriddenJobParallelism;
  if (!p || !overridden || p.parallelism.value === null) return [];
  const standalone = p.mode.value === 'standalone';
  const where = standalone ? 'in standalone mode' : `operator ${ctx.options.operatorVersion}, in every mode`;
  // The fixed TaskManager Deployment is sized from it (even where another mistake stops the deployment).
  const slots = p.slotsPerTaskManager.value;
  const tms = standalone && slots ? ` and starts ${plural(ceilDiv(p.parallelism.value, slots), 'TaskManager')} of ${plural(slots, 'slot')} for it` : '';
  const equal = overridden.value === p.parallelism.value;
  const message = equal
    ? `job.parallelism ${overridden.value} is redundant: the operator uses the largest pipeline.jobvertex-parallelism-overrides value (${where}), which is also ${p.parallelism.value}.`
    : `job.parallelism ${overridden.value} is ignored: ${standalone ? 'in standalone mode ' : ''}the operator uses the largest pipeline.jobvertex-parallelism-overrides value (${p.parallelism.value}) as the job's parallelism${standalone ? '' : ` (${where})`}${tms}.`;
  return [{
    message,
    span: overridden.span,
    severity: equal ? 'info' : 'warning',
    related: [{ span: overridden.overridesSpan, message: `the largest override (${p.parallelism.value}) decides the parallelism` }],
    fixes: fixes(removeFix(ctx, field, 'Remove job.parallelism (the vertex overrides decide)', true)),
  }];
}
