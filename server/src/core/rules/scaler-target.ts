/** scaler-target: an HPA or ScaledObject whose FlinkDeployment target is not among the analysed resources. */

import { nameOf } from '../projection/links';
import { scalersIn } from './scalers';
import { DocumentRule, OtherDocument, Report } from './types';

export const scalerTarget: DocumentRule = {
  id: 'scaler-target',
  severity: 'warning',
  scope: 'document',
  doc: {
    summary: 'An HPA or KEDA ScaledObject targeting a FlinkDeployment that does not exist.',
    why: 'A misspelt scaleTargetRef scales nothing; the job keeps its parallelism.',
    before: 'scaleTargetRef: { kind: FlinkDeployment, name: ordres }',
    after: 'scaleTargetRef: { kind: FlinkDeployment, name: orders }',
  },
  checkDocument(text: string, other: OtherDocument, ctx): Report[] {
    const names = new Set(ctx.all.filter((r) => r.resource.kind === 'FlinkDeployment').map((r) => nameOf(r.resource)));
    if (names.size === 0) return [];
    return scalersIn(text, [other]).filter((s) => !names.has(s.target)).map((s) => ({ message: `${s.kind} targets FlinkDeployment "${s.target}", which is not among the analysed resources.`, span: s.targetSpan }));
  },
};
