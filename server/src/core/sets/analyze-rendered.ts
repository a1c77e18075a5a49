/** Analyses rendered texts together (session jobs find their cluster across a chart's templates). */

import { analyzeSet } from '../file-set';
import { allResources } from '../file-set';
import { lint } from '../rules/run';
import { otherDocuments } from '../rules/other-documents';
import { Scaler, scalersIn } from '../rules/scalers';
import { RuleOptions } from '../rules/types';
import { RenderedText } from '../sourcemap/types';
import { ResourceAnalysis } from '../analysis';
import { RenderedAnalysis } from './types';

export interface Around {
  readonly resources: readonly ResourceAnalysis[];
  readonly scalers: readonly Scaler[];
}

export function analyzeRendered(outputs: readonly RenderedText[], options: RuleOptions, around: Around = { resources: [], scalers: [] }): RenderedAnalysis[] {
  const set = analyzeSet(outputs.map((o) => ({ file: o.name, text: o.text, unknowns: o.unknowns })), options);
  const all = [...allResources(set), ...around.resources];
  const scalers = set.map(({ file, analysis }) => (analysis.parsed ? scalersIn(analysis.text, otherDocuments(analysis.parsed, new Set(analysis.resources.map((r) => r.resource.documentIndex))), file) : []));
  return set.map(({ analysis }, i) => {
    const elsewhere = [...scalers.filter((_, j) => j !== i).flat(), ...around.scalers];
    const { findings } = lint(analysis, options, { all, scalers: elsewhere });
    return { rendered: outputs[i] as RenderedText, analysis, findings };
  });
}
