// Where the time goes in one analysis (a developer tool, not part of the benchmark figures).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { corpus } from './corpus.mjs';
const root = new URL('..', import.meta.url).pathname;
// The project's own `yaml` (the one our analysis uses), not the older one yaml-language-server
// brings into bench/node_modules.
const require = createRequire(join(root, 'package.json'));
const { IncrementalAnalyzer } = require(join(root, 'out/server/src/core/incremental/analyzer.js'));
const { DEFAULT_RULE_OPTIONS } = require(join(root, 'out/server/src/core/rules/options.js'));
const { readResources } = require(join(root, 'out/server/src/core/analysis.js'));
const { splitDocuments } = require(join(root, 'out/server/src/core/incremental/split.js'));
const { lint } = require(join(root, 'out/server/src/core/rules/run.js'));
const { RULES } = require(join(root, 'out/server/src/core/rules/registry.js'));
const { parseAllDocuments } = require('yaml');
const text = corpus(Number(process.argv[2] ?? 200));
const t = (label, f, n = 7) => { const xs = []; let r; for (let i = 0; i < n; i++) { const s = performance.now(); r = f(); xs.push(performance.now() - s); } xs.sort((a, b) => a - b); console.log(label.padEnd(32), xs[Math.floor(n / 2)].toFixed(2), 'ms'); return r; };
new IncrementalAnalyzer().analyze(text, DEFAULT_RULE_OPTIONS);
t('bare parse', () => parseAllDocuments(text));
const chunks = t('split', () => splitDocuments(text));
t('parse chunks', () => chunks.map((c) => parseAllDocuments(c.text)));
const read = t('readResources per chunk', () => chunks.map((c) => readResources(c.text)));
const fa = t('full analysis', () => new IncrementalAnalyzer().analyze(text, DEFAULT_RULE_OPTIONS));
const analyses = fa.chunks.map((c) => c.analysis);
t('lint all chunks', () => analyses.map((a) => lint(a, DEFAULT_RULE_OPTIONS)));
for (const r of RULES) {
  const s = performance.now();
  for (let i = 0; i < 3; i++) for (const a of analyses) lint(a, DEFAULT_RULE_OPTIONS, { only: [r.id] });
  const e = (performance.now() - s) / 3;
  if (e > 0.8) console.log('  rule'.padEnd(8), r.id.padEnd(24), e.toFixed(2), 'ms');
}
const live = new IncrementalAnalyzer();
live.analyze(text, DEFAULT_RULE_OPTIONS);
const at = text.indexOf('parallelism: ', text.length / 2) + 13;
t('keystroke', () => live.analyze(text.slice(0, at) + '7' + text.slice(text.indexOf('\n', at)), DEFAULT_RULE_OPTIONS), 21);
const { project } = require(join(root, 'out/server/src/core/projection/project.js'));
const resources = read.flatMap((r) => r.resources).filter((r) => r.kind !== 'FlinkStateSnapshot');
t('project all resources', () => resources.map((r) => project(r, DEFAULT_RULE_OPTIONS)));
const { schema } = require(join(root, 'out/server/src/core/rules/schema.js'));
t('toJS all', () => resources.map((r) => r.document.toJS({ maxAliasCount: 1000 })));
