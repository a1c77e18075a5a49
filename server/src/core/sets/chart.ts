/** A chart analysed as `helm template` renders it, findings moved back to templates and values. */

import { renderChart, ChartOptions, RenderedChart } from '../helm/chart/load';
import { RuleOptions } from '../rules/types';
import { OverrideTree } from '../sources/override';
import { SourceTree } from '../sources/tree';
import { analyzeRendered, Around } from './analyze-rendered';
import { mapFindings } from './map-findings';
import { SetAnalysis, SetFinding } from './types';
import { helmTemplate } from '../rules/helm-template';
import { mentionsFlink } from '../size-limit';

export function analyzeChart(tree: SourceTree, root: string, options: RuleOptions, chart: ChartOptions = {}, around?: Around): SetAnalysis {
  const rendered = renderChart(tree, root, chart);
  const outputs = analyzeRendered(rendered.outputs, options, around);
  const rerender = (overrides: ReadonlyMap<string, string>, output: string) => renderChart(new OverrideTree(tree, overrides), root, { ...chart, only: output }).outputs;
  // A chart with no Flink resource in it is not ours to judge, even when it does not render.
  const flink = rendered.inputs.some((f) => mentionsFlink(tree.read(f) ?? ''));
  const findings = flink ? [...renderErrors(rendered, options), ...mapFindings(outputs, tree, rerender)] : [];
  return { kind: 'chart', root, name: rendered.name, outputs, findings, inputs: rendered.inputs, notes: rendered.notes };
}

function renderErrors(rendered: RenderedChart, options: RuleOptions): SetFinding[] {
  const severity = options.severities[helmTemplate.id] ?? helmTemplate.severity;
  if (severity === 'off') return [];
  return rendered.errors.map((e) => ({ rule: helmTemplate.id, severity, message: `helm template fails: ${e.message}`, file: e.file, span: e.span, related: [], fixes: [] }));
}
