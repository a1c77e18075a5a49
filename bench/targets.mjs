// The targets, each a ratio (or a bound) of figures measured in the same run.
import { fmt } from './measure.mjs';

export function printTargets({ sizes, changes, web, charts }) {
  const at = (n) => sizes.find((s) => s.count === n);
  const big = at(200);
  const one = at(1);
  const rows = [
    ['open -> first diagnostics over LSP, 200 resources', `${fmt(big.ours.open)} / ${fmt(big.theirs.open)} ms`, big.ours.open / big.theirs.open, '<= 0.5x yaml-language-server', (r) => r <= 0.5],
    ['re-analysis per keystroke, 1 resource', `${fmt(one.keystroke)} / ${fmt(one.ylsValidation)} ms`, one.keystroke / one.ylsValidation, '<= 1.0x its doValidation', (r) => r <= 1],
    ['full analysis, 200 resources', `${fmt(big.full)} / ${fmt(big.parse)} ms`, big.full / big.parse, '<= 1.5x bare parseAllDocuments', (r) => r <= 1.5],
    ['edit -> diagnostics over LSP, 200 resources', `${fmt(big.ours.latency)} ms`, big.ours.latency, '< 20 ms', (v) => v < 20],
    ['server start-up, 200-resource session', `${fmt(big.ours.startup)} ms`, big.ours.startup, '<= 191 ms', (v) => v <= 191],
    ['server memory (RSS), 200-resource session', `${big.ours.rss} MiB`, big.ours.rss, '<= 125 MiB', (v) => v <= 125],
    ['changes on two 200-resource files', `${fmt(changes.changes)} / ${fmt(changes.full)} ms`, changes.changes / changes.full, '< 2x a full analysis', (r) => r < 2],
  ];
  if (charts) {
    rows.push(['rendering a chart with 20 templates', `${fmt(charts.render)} ms`, charts.render, '< 50 ms', (v) => v < 50]);
    rows.push(['  the same, rendered + analysed + findings mapped', `${fmt(charts.analyse)} ms`, charts.analyse, '< 50 ms', (v) => v < 50]);
  }
  for (const w of web ?? []) rows.push([`web worker keystroke, ${w.count} resource${w.count > 1 ? 's' : ''}`, `${fmt(w.worker)} / ${fmt(w.node)} ms`, w.worker / w.node, '<= 1.5x the Node server', (r) => r <= 1.5]);
  console.log('\ntargets (issue 17), from this run:');
  for (const [what, figures, value, target, ok] of rows) {
    const shown = target.includes('x ') ? `${value.toFixed(2)}x` : '';
    console.log(`  ${ok(value) ? 'met    ' : 'NOT MET'}  ${what.padEnd(50)} ${figures.padEnd(22)} ${shown.padEnd(7)} target ${target}`);
  }
  if (!web) console.log('  (web worker keystroke not measured: no Chromium)');
}
