/**
 * external-scaler: HorizontalPodAutoscalers and KEDA ScaledObjects that scale a FlinkDeployment
 * through its scale subresource, which sets spec.taskManager.replicas (§1.2, §3.3). We show the
 * range they imply, warn when they fight the operator's own autoscaler or use memory utilisation
 * on a JVM, and report targets that do not exist (in the analysed set).
 */

import { nameOf, namespaceOf } from '../projection/links';
import { ownEntry, roleOf, validatorConfig } from './helpers';
import { isTrue } from './flink-keys';
import { Report, ResourceContext, ResourceRule } from './types';

export const externalScaler: ResourceRule = {
  id: 'external-scaler',
  severity: 'warning',
  doc: {
    summary: 'An HPA or KEDA ScaledObject that scales this FlinkDeployment.',
    why: 'They drive spec.taskManager.replicas, which sets the parallelism (replicas × slots) and overrides job.parallelism.',
    before: 'kind: HorizontalPodAutoscaler\nspec: { scaleTargetRef: { kind: FlinkDeployment, name: job }, metrics: [memory] }',
    after: 'kind: HorizontalPodAutoscaler\nspec: { scaleTargetRef: { kind: FlinkDeployment, name: job }, metrics: [cpu] }',
  },
  check(ctx: ResourceContext): Report[] {
    if (ctx.resource.kind !== 'FlinkDeployment') return [];
    const scalers = ctx.scalers.filter((s) => s.target === nameOf(ctx.resource) && (s.namespace === namespaceOf(ctx.resource) || !s.namespace || !namespaceOf(ctx.resource)));
    const slots = ctx.projection?.slotsPerTaskManager.value;
    const anchor = ctx.resource.name?.span ?? ctx.resource.kindSpan;
    return scalers.flatMap((s) => {
      const reports: Report[] = [];
      const range = s.min !== undefined && s.max !== undefined && slots ? `: ${s.min}..${s.max} TaskManager replicas, so parallelism ${s.min * slots}..${s.max * slots}` : '';
      const jobParallelism = roleOf(ctx.resource.spec, 'taskManager')?.replicas ? '' : '; it sets taskManager.replicas, so job.parallelism is ignored from the first scaling on';
      const where = s.uri ? ` (in ${s.uri.split('/').pop()})` : '';
      const related = s.uri ? [] : [{ span: s.targetSpan, message: `${s.kind} ${s.name}` }];
      reports.push({ message: `${s.kind} ${s.name}${where} scales this deployment${range}${jobParallelism}.`, span: anchor, severity: 'info', related });
      // Each finding sits where the user changes something: the scaler's minimum, or the autoscaler switch.
      if (s.min !== undefined && s.min < 1) {
        const why = s.kind === 'ScaledObject' ? ' (KEDA\'s minReplicaCount is 0 unless set)' : '';
        const span = s.uri ? anchor : s.minSpan ?? s.targetSpan;
        reports.push({ message: `${s.kind} ${s.name}${where} may scale to ${s.min} TaskManager replicas${why}, which the operator rejects ("TaskManager replicas must be larger than 0", §4.1 V-14); set its minimum to 1.`, span, related: s.uri ? related : [{ span: anchor, message: `FlinkDeployment ${nameOf(ctx.resource)}` }] });
      }
      const config = validatorConfig(ctx);
      if (isTrue(config, 'job.autoscaler.enabled') || isTrue(config, 'kubernetes.operator.job.autoscaler.enabled')) {
        const entry = ownEntry(ctx, 'job.autoscaler.enabled') ?? ownEntry(ctx, 'kubernetes.operator.job.autoscaler.enabled');
        reports.push({ message: `${s.kind} ${s.name}${where} and the operator's autoscaler (job.autoscaler.enabled) both rescale this job and will fight each other; use one of them.`, span: entry?.keySpan ?? anchor, related });
      }
      if (s.memoryMetric && !s.uri) reports.push({ message: `${s.kind} ${s.name} scales on memory, but a JVM keeps its heap after load drops, so it will scale up and never back down; use CPU or a lag metric.`, span: s.memoryMetric });
      return reports;
    });
  },
};
