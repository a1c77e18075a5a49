/**
 * external-scaler: HorizontalPodAutoscalers and KEDA ScaledObjects that scale a FlinkDeployment
 * through its scale subresource, which sets spec.taskManager.replicas (§1.2, §3.3). We show the
 * range they imply, warn when they fight the operator's own autoscaler or use memory utilisation
 * on a JVM, and report targets that do not exist (in the analysed set).
 */

import { MapView } from '../yaml/map-view';
import { isKnown } from '../yaml/fields';
import { Span } from '../text/span';
import { nameOf, namespaceOf } from '../projection/links';
import { roleOf, validatorConfig } from './helpers';
import { isTrue } from './flink-keys';
import { OtherDocument, Report, ResourceContext, ResourceRule } from './types';

interface Scaler {
  readonly kind: 'HorizontalPodAutoscaler' | 'ScaledObject';
  readonly name: string;
  readonly namespace: string;
  readonly target: string;
  readonly targetSpan: Span;
  readonly min?: number;
  readonly max?: number;
  readonly memoryMetric?: Span;
}

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
    const scalers = scalersIn(ctx.text, ctx.others).filter((s) => s.target === nameOf(ctx.resource) && (s.namespace === namespaceOf(ctx.resource) || !s.namespace || !namespaceOf(ctx.resource)));
    const slots = ctx.projection?.slotsPerTaskManager.value;
    const anchor = ctx.resource.name?.span ?? ctx.resource.kindSpan;
    return scalers.flatMap((s) => {
      const reports: Report[] = [];
      const range = s.min !== undefined && s.max !== undefined && slots ? `: ${s.min}..${s.max} TaskManager replicas, so parallelism ${s.min * slots}..${s.max * slots}` : '';
      const jobParallelism = roleOf(ctx.resource.spec, 'taskManager')?.replicas ? '' : '; it sets taskManager.replicas, so job.parallelism is ignored from the first scaling on';
      reports.push({ message: `${s.kind} ${s.name} scales this deployment${range}${jobParallelism}.`, span: anchor, severity: 'info', related: [{ span: s.targetSpan, message: `${s.kind} ${s.name}` }] });
      if (isTrue(validatorConfig(ctx), 'job.autoscaler.enabled')) {
        reports.push({ message: `${s.kind} ${s.name} and the operator's autoscaler (job.autoscaler.enabled) both rescale this job and will fight each other; use one of them.`, span: anchor, related: [{ span: s.targetSpan, message: `${s.kind} ${s.name}` }] });
      }
      if (s.memoryMetric) reports.push({ message: `${s.kind} ${s.name} scales on memory, but a JVM keeps its heap after load drops, so it will scale up and never back down; use CPU or a lag metric.`, span: s.memoryMetric });
      return reports;
    });
  },
};

/** HPAs and ScaledObjects in the text that target a FlinkDeployment. */
export function scalersIn(text: string, others: readonly OtherDocument[]): Scaler[] {
  return others.flatMap((o) => {
    if ((o.kind !== 'HorizontalPodAutoscaler' || !o.apiVersion?.startsWith('autoscaling/')) && (o.kind !== 'ScaledObject' || !o.apiVersion?.startsWith('keda.sh/'))) return [];
    const root = o.root;
    const spec = root.map('spec');
    const meta = root.map('metadata');
    if (!(spec instanceof MapView)) return [];
    const ref = spec.map('scaleTargetRef');
    if (!(ref instanceof MapView)) return [];
    const kind = ref.scalar('kind');
    const name = ref.scalar('name');
    if (!isKnown(kind) || kind.value !== 'FlinkDeployment' || !isKnown(name)) return [];
    const number = (key: string) => {
      const f = spec.scalar(key);
      return isKnown(f) && typeof f.value === 'number' ? f.value : undefined;
    };
    const str = (view: unknown, key: string) => (view instanceof MapView && isKnown(view.scalar(key)) ? String((view.scalar(key) as { value: unknown }).value) : '');
    return [{
      kind: o.kind,
      name: str(meta, 'name'),
      namespace: str(meta, 'namespace'),
      target: String(name.value),
      targetSpan: name.span,
      min: o.kind === 'ScaledObject' ? number('minReplicaCount') ?? 0 : number('minReplicas') ?? 1,
      max: o.kind === 'ScaledObject' ? number('maxReplicaCount') ?? 100 : number('maxReplicas'),
      memoryMetric: memoryMetric(text, o),
    } as Scaler];
  });
}

function memoryMetric(text: string, o: OtherDocument): Span | undefined {
  const start = o.document.region.start;
  const slice = text.slice(start, o.document.region.end);
  const m = /\bname:\s*["']?memory["']?\s*$/m.exec(slice) ?? /\btype:\s*["']?memory["']?\s*$/m.exec(slice);
  return m ? { start: start + m.index, end: start + m.index + m[0].length } : undefined;
}
