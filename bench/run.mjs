// npm run bench: our analysis against a bare YAML parse and yaml-language-server 2.0 (installed
// into bench/node_modules by npm run bench, from bench/package.json; with the operator CRD as
// JSON Schema), in process and over real stdio LSP sessions, on files of 200, 20 and 1 resources
// built from examples/; then change impact, a chart and an overlay, the web worker, and the
// issue's targets as ratios of figures measured side by side in this one run. Raw figures go to
// bench/last-run.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus } from './corpus.mjs';
import { fmt, machine } from './measure.mjs';
import { firstAnalysis, inProcess } from './in-process.mjs';
import { overLsp } from './lsp-sessions.mjs';
import { changesFigure } from './changes.mjs';
import { chartFigures, printCharts } from './charts.mjs';
import { webFigures } from './web.mjs';
import { printTargets } from './targets.mjs';

const root = new URL('..', import.meta.url).pathname;
const before = machine();
console.log(`machine: ${before.cores} cores (${before.cpu}), ${before.memoryGiB} GiB, load average ${before.load.join(' ')}, Node ${before.node}`);

const sizes = [];
const cold = firstAnalysis(corpus(200));
for (const count of [200, 20, 1]) {
  const text = corpus(count);
  const lines = text.split('\n').length;
  const p = await inProcess(text, count);
  const lsp = await overLsp(text, count >= 200 ? 5 : 3);
  sizes.push({ count, lines, ...p, ...lsp });
  const { ours, theirs } = lsp;
  console.log(`\n${count} resources, ${lines} lines`);
  console.log(`  bare yaml.parseAllDocuments        ${fmt(p.parse)} ms`);
  console.log(`  ours, full analysis (warm process) ${fmt(p.full)} ms   = ${(p.full / p.parse).toFixed(2)}x the bare parse`);
  if (count === 200) console.log(`  ours, first analysis in a process  ${fmt(cold)} ms   (includes loading the precompiled validators)`);
  console.log(`  ours, re-analysis per keystroke    ${fmt(p.keystroke)} ms`);
  console.log(`  ours, change impact per keystroke  ${fmt(p.changes)} ms   (on top: the edit compared with the file's git base)`);
  console.log(`  yaml-language-server doValidation  ${fmt(p.ylsValidation)} ms   -> ours per keystroke takes ${(p.keystroke / p.ylsValidation).toFixed(2)}x its time`);
  console.log(`  LSP edit -> diagnostics: ours ${fmt(ours.latency)} ms, yaml-language-server ${fmt(theirs.latency)} ms (includes its debounce)`);
  console.log(`  LSP open -> first diagnostics: ours ${fmt(ours.open)} ms, yaml-language-server ${fmt(theirs.open)} ms`);
  console.log(`  server start-up (spawn -> initialize answered): ours ${fmt(ours.startup)} ms, yaml-language-server ${fmt(theirs.startup)} ms`);
  console.log(`  server memory after the edits (RSS): ours ${ours.rss} MiB, yaml-language-server ${theirs.rss} MiB`);
}

const changes = await changesFigure(corpus(200));
console.log(`\nflink-k8s changes, two 200-resource files (${changes.changed} resources changed): ${fmt(changes.changes)} ms; one full analysis ${fmt(changes.full)} ms`);

const charts = chartFigures();
printCharts(charts);

const web = await webFigures([[1, corpus(1)], [20, corpus(20)], [200, corpus(200)]]);
if (!web) console.log('\nweb worker: skipped (no Chromium; npm run test:web installs it)');
else for (const w of web) console.log(`web worker keystroke, ${w.count} resources: ${fmt(w.worker)} ms, Node server ${fmt(w.node)} ms (first analysis ${fmt(w.workerFirst)} / ${fmt(w.nodeFirst)} ms)`);

const after = machine();
console.log(`\nload average after the run: ${after.load.join(' ')}`);
printTargets({ sizes, changes, web, charts });
writeFileSync(join(root, 'bench/last-run.json'), `${JSON.stringify({ machine: { ...before, loadAfter: after.load }, sizes, cold, changes, charts, web }, null, 2)}\n`);
