/** Renders one template (plus helpers and values) as a tiny chart in memory. */

import { renderChart, ChartOptions, RenderedChart } from '../../../server/src/core/helm/chart/load';
import { MemoryTree } from '../../../server/src/core/sources/tree';

export const CHART = '/chart';

export function chart(files: Record<string, string>, options: ChartOptions = {}): RenderedChart {
  const all: Record<string, string> = { 'Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 1.2.3\nappVersion: "1.20"\n', ...files };
  return renderChart(new MemoryTree(Object.fromEntries(Object.entries(all).map(([k, v]) => [k.startsWith('/') ? k : `${CHART}/${k}`, v]))), CHART, options);
}

/** The output of templates/t.yaml, or the first error message. */
export function render(template: string, values = '', extra: Record<string, string> = {}, options: ChartOptions = {}): string {
  const r = chart({ 'values.yaml': values, 'templates/t.yaml': template, ...extra }, options);
  if (r.errors.length) return `ERROR: ${r.errors[0]?.message}`;
  return r.outputs.find((o) => o.name === 'demo/templates/t.yaml')?.text ?? '';
}
