// node bench/charts.mjs (after npm run build): rendering a chart of 20 templates, and building a
// two-level overlay, with and without the analysis of what they render. Medians of 50 runs.
import { createRequire } from 'node:module';
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
const time = (f) => { for (let i = 0; i < 5; i++) f(); const xs = []; for (let i = 0; i < 50; i++) { const t = performance.now(); f(); xs.push(performance.now() - t); } return median(xs).toFixed(2); };

const rendered = renderChart(chart, '/c');
console.log(`chart: ${Object.keys(files).length - 3} templates, ${rendered.outputs.length} outputs, ${rendered.outputs.reduce((n, o) => n + o.text.length, 0)} characters rendered`);
console.log(`  render (helm template)            ${time(() => renderChart(chart, '/c'))} ms`);
console.log(`  render + analyse + map findings   ${time(() => analyzeChart(chart, '/c', DEFAULT_RULE_OPTIONS))} ms`);
console.log('overlay: base + 2 levels');
console.log(`  build (kustomize build)           ${time(() => buildOverlay(overlay, '/o/overlays/prod'))} ms`);
console.log(`  build + analyse + map findings    ${time(() => analyzeOverlay(overlay, '/o/overlays/prod', DEFAULT_RULE_OPTIONS))} ms`);
