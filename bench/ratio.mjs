// The full-analysis target alone, in a few seconds (a developer tool; `npm run bench` gives the
// figures of record): the 200-resource file parsed bare, analysed, and analysed with every rule
// off, taking turns in one warm process. Run with `node --expose-gc bench/ratio.mjs [count]`.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { corpus } from './corpus.mjs';
const root = new URL('..', import.meta.url).pathname;
// The project's own `yaml` (the one our analysis uses), not the one yaml-language-server brings.
const require = createRequire(join(root, 'package.json'));
require(join(root, 'out/server/src/precompiled.js')).installPrecompiledValidators(join(root, 'server/out'));
const { IncrementalAnalyzer } = require(join(root, 'out/server/src/core/incremental/analyzer.js'));
const { DEFAULT_RULE_OPTIONS } = require(join(root, 'out/server/src/core/rules/options.js'));
const { RULES } = require(join(root, 'out/server/src/core/rules/registry.js'));
const { parseAllDocuments } = require('yaml');
const text = corpus(Number(process.argv[2] ?? 200));
const rulesOff = { ...DEFAULT_RULE_OPTIONS, severities: Object.fromEntries(RULES.map((r) => [r.id, 'off'])) };
const contenders = {
  'bare parse': () => parseAllDocuments(text),
  'full analysis': () => new IncrementalAnalyzer().analyze(text, DEFAULT_RULE_OPTIONS),
  'every rule off': () => new IncrementalAnalyzer().analyze(text, rulesOff),
};
for (let i = 0; i < 5; i++) for (const f of Object.values(contenders)) f();
const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
for (let turn = 0; turn < 12; turn++) {
  for (const [name, f] of Object.entries(contenders)) {
    globalThis.gc?.();
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      f();
      times[name].push(performance.now() - start);
    }
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const parse = median(times['bare parse']);
for (const [name, xs] of Object.entries(times)) console.log(name.padEnd(16), `${median(xs).toFixed(1)} ms`.padStart(9), `${(median(xs) / parse).toFixed(2)}x`);
