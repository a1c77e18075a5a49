/**
 * parallelism-required: a job needs `job.parallelism` >= 1 unless `taskManager.replicas` is set
 * (§4.1 V-15); replicas must be >= 1 (V-14, V-19, V-21).
 */

import { Field, isKnown, Scalar } from '../yaml/fields';
import { Span } from '../text/span';
import { fixes, jobOf, roleOf, setFix, specPath } from './helpers';
import { Report, ResourceContext, ResourceRule } from './types';

export const parallelismRequired: ResourceRule = {
  id: 'parallelism-required',
  severity: 'error',
  doc: {
    summary: 'A job without a positive parallelism, or replicas below 1.',
    why: 'The operator rejects jobs whose parallelism is not at least 1 when taskManager.replicas is not set, and replicas below 1.',
    before: 'job:\n  jarURI: local:///opt/app.jar',
    after: 'job:\n  jarURI: local:///opt/app.jar\n  parallelism: 2',
  },
  check(ctx: ResourceContext): Report[] {
    const { spec } = ctx.resource;
    const reports: Report[] = [];
    const tmReplicas = roleOf(spec, 'taskManager')?.replicas;
    const jmReplicas = roleOf(spec, 'jobManager')?.replicas;
    if (ctx.resource.kind !== 'FlinkSessionJob') {
      below1(tmReplicas, 'taskManager.replicas', reports);
      below1(jmReplicas, 'jobManager.replicas', reports);
    }
    const job = jobOf(spec);
    const replicasSet = tmReplicas && !(isKnown(tmReplicas) && tmReplicas.value === null);
    if (!job || (replicasSet && ctx.resource.kind !== 'FlinkSessionJob')) return reports;
    const field = job.parallelism;
    if (field && !isKnown(field)) return reports;
    const value = field?.value;
    // A value that is no number at all is the schema rule's to report, not a parallelism below 1.
    if ((typeof value === 'number' && value >= 1) || typeof value === 'string' || typeof value === 'boolean') return reports;
    const span: Span = field && value !== null ? field.span : field?.keySpan ?? job.keySpan;
    const what = value === null || value === undefined ? 'job.parallelism is not set' : `job.parallelism is ${String(value)}`;
    const absent = value === null || value === undefined ? [specPath(ctx, 'job', 'parallelism').join('.'), specPath(ctx, 'taskManager', 'replicas').join('.')] : undefined;
    reports.push({ message: `${what}; the operator needs a parallelism of at least 1 for a job${ctx.resource.kind === 'FlinkSessionJob' ? '' : ' (or taskManager.replicas)'}.`, span, absent, fixes: fixes(setFix(ctx, specPath(ctx, 'job', 'parallelism'), 1, 'Set job.parallelism to 1', true)) });
    return reports;
  },
};

function below1(field: Field<Scalar> | undefined, name: string, reports: Report[]): void {
  if (!isKnown(field) || typeof field.value !== 'number' || field.value >= 1) return;
  reports.push({ message: `${name} is ${field.value}; the operator needs at least 1.`, span: field.span });
}
