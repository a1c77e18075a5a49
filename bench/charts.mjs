// Rendering a chart of 20 templates, and building a two-level overlay, with and without the
// analysis of what they render (medians of 50 runs): part of npm run bench, or on its own with
// node bench/charts.mjs after npm run build.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const out = (p) => require(join(root, 'out/server/src/core', p));
const { MemoryTree } = out('sources/tree.js');
const { renderChart } = out('helm/chart/load.js');
const { analyzeChart } = out('sets/chart.js');
const { buildOverlay } = out('kustomize/build.js');
const { analyzeOverlay } = out('sets/overlay.js');
const { DEFAULT_RULE_OPTIONS } = out('rules/options.js');
require(join(root, 'out/server/src/precompiled.js')).installPrecompiledValidators(join(root, 'server/out'));

const chartDir = join(root, 'test/fixtures/sets/chart-with-helpers');
const read = (p) => readFileSync(join(chartDir, p), 'utf8');
const files = { '/c/Chart.yaml': read('Chart.yaml'), '/c/values.yaml': read('values.yaml'), '/c/templates/_helpers.tpl': read('templates/_helpers.tpl') };
// 20 templates: the chart's two, each copied ten times under another name.
for (let i = 0; i < 10; i++) {
  files[`/c/templates/app-${i}.yaml`] = read('templates/flinkdeployment.yaml').replace('include "orders.fullname" .', `include "orders.fullname" . }}-${i}{{ ""`);
  files[`/c/templates/session-${i}.yaml`] = read('templates/session.yaml');
}
const chart = new MemoryTree(files);
const overlay = new MemoryTree(Object.fromEntries(['base/kustomization.yaml', 'base/flinkdeployment.yaml', 'overlays/common/kustomization.yaml', 'overlays/common/stateful.yaml', 'overlays/prod/kustomization.yaml', 'overlays/prod/taskmanager.yaml'].map((f) => [`/o/${f}`, readFileSync(join(root, 'test/fixtures/sets/overlay-two-levels', f), 'utf8')])));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (f) => { for (let i = 0; i < 5; i++) f(); const xs = []; for (let i = 0; i < 50; i++) { const t = performance.now(); f(); xs.push(performance.now() - t); } return median(xs); };

export function chartFigures() {
  const rendered = renderChart(chart, '/c');
  return {
    templates: Object.keys(files).length - 3,
    outputs: rendered.outputs.length,
    characters: rendered.outputs.reduce((n, o) => n + o.text.length, 0),
    render: time(() => renderChart(chart, '/c')),
    analyse: time(() => analyzeChart(chart, '/c', DEFAULT_RULE_OPTIONS)),
    build: time(() => buildOverlay(overlay, '/o/overlays/prod')),
    overlay: time(() => analyzeOverlay(overlay, '/o/overlays/prod', DEFAULT_RULE_OPTIONS)),
  };
}

export function printCharts(c) {
  console.log(`\nchart: ${c.templates} templates, ${c.outputs} outputs, ${c.characters} characters rendered`);
  console.log(`  render (helm template)            ${c.render.toFixed(2)} ms`);
  console.log(`  render + analyse + map findings   ${c.analyse.toFixed(2)} ms`);
  console.log('overlay: base + 2 levels');
  console.log(`  build (kustomize build)           ${c.build.toFixed(2)} ms`);
  console.log(`  build + analyse + map findings    ${c.overlay.toFixed(2)} ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printCharts(chartFigures());
