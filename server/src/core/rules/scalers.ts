/** HorizontalPodAutoscalers and KEDA ScaledObjects whose scaleTargetRef is a FlinkDeployment. */

import { MapView } from '../yaml/map-view';
import { isKnown } from '../yaml/fields';
import { Span } from '../text/span';
import { OtherDocument } from './types';

export interface Scaler {
  readonly kind: 'HorizontalPodAutoscaler' | 'ScaledObject';
  readonly name: string;
  readonly namespace: string;
  readonly target: string;
  /** Offsets in its own file; `uri` is set when that is another file than the one linted. */
  readonly targetSpan: Span;
  readonly uri?: string;
  readonly min?: number;
  /** Where the minimum is written (minReplicas / minReplicaCount), when it is. */
  readonly minSpan?: Span;
  readonly max?: number;
  readonly memoryMetric?: Span;
}

/** HPAs and ScaledObjects in the text that target a FlinkDeployment. */
export function scalersIn(text: string, others: readonly OtherDocument[], uri?: string): Scaler[] {
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
      uri,
      name: str(meta, 'name'),
      namespace: str(meta, 'namespace'),
      target: String(name.value),
      targetSpan: name.span,
      // KEDA's defaults are minReplicaCount 0 and maxReplicaCount 100; an HPA's minReplicas defaults to 1.
      min: o.kind === 'ScaledObject' ? number('minReplicaCount') ?? 0 : number('minReplicas') ?? 1,
      minSpan: spec.scalar(o.kind === 'ScaledObject' ? 'minReplicaCount' : 'minReplicas')?.span,
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
