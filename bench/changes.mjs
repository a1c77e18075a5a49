// `flink-k8s changes` on two 200-resource files (the work after reading them: both sides
// analysed, the current one checked, compared, written as entries) against one full analysis.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sideBySide } from './measure.mjs';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(join(root, 'package.json'));
const { changesOfFiles } = require(join(root, 'out/server/src/core/changes/of-files.js'));
const { IncrementalAnalyzer } = require(join(root, 'out/server/src/core/incremental/analyzer.js'));
const { DEFAULT_RULE_OPTIONS } = require(join(root, 'out/server/src/core/rules/options.js'));

/** The base with every fifth resource edited: parallelism, memory, image or upgrade mode in turn. */
export function edited(base) {
  const edits = [
    (d) => d.replace(/(parallelism: )(\d+)/, (_, k, n) => `${k}${Number(n) + 1}`),
    (d) => d.replace(/(memory: "?)(\d+)/, (_, k, n) => `${k}${Number(n) * 2}`),
    (d) => d.replace(/(image: [^\s:]+):?(\S*)/, '$1:1.20.1'),
    (d) => d.replace(/upgradeMode: \w+/, 'upgradeMode: savepoint'),
  ];
  return base.split('\n---\n').map((d, i) => (i % 5 === 0 ? edits[(i / 5) % edits.length](d) : d)).join('\n---\n');
}

export async function changesFigure(text) {
  const after = edited(text);
  const entries = changesOfFiles([{ file: 'flink.yaml', text }], [{ file: 'flink.yaml', text: after }], DEFAULT_RULE_OPTIONS.operatorVersion);
  const times = await sideBySide(8, {
    changes: () => changesOfFiles([{ file: 'flink.yaml', text }], [{ file: 'flink.yaml', text: after }], DEFAULT_RULE_OPTIONS.operatorVersion),
    full: () => new IncrementalAnalyzer().analyze(after, DEFAULT_RULE_OPTIONS),
  }, 2);
  return { ...times, changed: entries.length };
}
