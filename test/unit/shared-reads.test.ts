/**
 * Reads that are shared instead of repeated give what a fresh analysis gives: the workspace index
 * reads a closed file per YAML document like an open one, and the analyzer of the file, once it
 * is opened, starts from those reads; a settings change keeps the reads and recomputes the rest.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IncrementalAnalyzer } from '../../server/src/core/incremental/analyzer';
import { DEFAULT_RULE_OPTIONS } from '../../server/src/core/rules/options';
import { RuleOptions } from '../../server/src/core/rules/types';
import { readResources } from '../../server/src/core/analysis';
import { WorkspaceIndex } from '../../server/src/workspace-index';
import { visibleSummary } from '../support/invariants';

const root = path.join(__dirname, '..', '..', '..');
const examples = fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => fs.readFileSync(path.join(root, 'examples', f), 'utf8'));
const hpa = 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: { name: tm-hpa }\nspec:\n  minReplicas: 1\n  maxReplicas: 4\n  scaleTargetRef: { apiVersion: flink.apache.org/v1beta1, kind: FlinkDeployment, name: clickstream-sessionizer }\n';
const texts = [examples.join('---\n'), `${examples[0]}---\n${hpa}`, ...examples];

const OTHER_OPTIONS: RuleOptions[] = [
  { ...DEFAULT_RULE_OPTIONS, operatorVersion: '1.10' },
  { ...DEFAULT_RULE_OPTIONS, severities: { 'slot-cpu-ratio': 'off', schema: 'info' } },
  { ...DEFAULT_RULE_OPTIONS, operatorDefaults: { 'taskmanager.numberOfTaskSlots': '4' } },
];

test('an opened file analysed from the index\'s reads equals a fresh analysis, without parsing again', () => {
  for (const text of texts) {
    const index = new WorkspaceIndex();
    index.updateFile('file:///w/a.yaml', text);
    const analyzer = new IncrementalAnalyzer();
    analyzer.reuse(index.chunksOf('file:///w/a.yaml') ?? []);
    const opened = analyzer.analyze(text, DEFAULT_RULE_OPTIONS);
    assert.deepEqual(visibleSummary(opened), visibleSummary(new IncrementalAnalyzer().analyze(text, DEFAULT_RULE_OPTIONS)));
    const resources = opened.chunks.flatMap((c) => c.analysis.resources.map((r) => r.resource));
    assert.deepEqual(resources, index.resourcesExcept('file:///w/other.yaml'), 'the same resources');
    resources.forEach((r, i) => assert.equal(r, index.resourcesExcept('file:///w/other.yaml')[i], 'the very objects the index read'));
  }
});

test('an edited text reuses only the reads of unchanged documents', () => {
  const text = texts[0] ?? '';
  const index = new WorkspaceIndex();
  index.updateFile('file:///w/a.yaml', text);
  const analyzer = new IncrementalAnalyzer();
  analyzer.reuse(index.chunksOf('file:///w/a.yaml') ?? []);
  const edited = text.replace('replicas: 3', 'replicas: 5').replace('parallelism: 6', 'parallelism: "x"');
  assert.deepEqual(visibleSummary(analyzer.analyze(edited, DEFAULT_RULE_OPTIONS)), visibleSummary(new IncrementalAnalyzer().analyze(edited, DEFAULT_RULE_OPTIONS)));
});

test('the index reads each YAML document of a closed file like the whole text, with scalers at file offsets', () => {
  for (const text of texts) {
    const index = new WorkspaceIndex();
    index.updateFile('file:///w/a.yaml', text);
    const names = (rs: ReadonlyArray<{ kind: string; name?: { kind: string; value?: unknown } }>) => rs.map((r) => `${r.kind}/${r.name?.kind === 'known' ? String(r.name.value) : '?'}`);
    assert.deepEqual(names(index.resourcesExcept('')), names(readResources(text).resources));
    for (const s of index.scalersExcept('')) {
      assert.equal(s.uri, 'file:///w/a.yaml');
      assert.equal(text.slice(s.targetSpan.start, s.targetSpan.end), s.target, 'the scaler\'s target at its offset in the file');
    }
  }
});

test('a settings change keeps the reads and equals a fresh analysis with the new settings', () => {
  for (const text of texts.slice(0, 4)) {
    const analyzer = new IncrementalAnalyzer();
    analyzer.analyze(text, DEFAULT_RULE_OPTIONS);
    for (const options of [...OTHER_OPTIONS, DEFAULT_RULE_OPTIONS]) {
      assert.deepEqual(visibleSummary(analyzer.analyze(text, options)), visibleSummary(new IncrementalAnalyzer().analyze(text, options)), JSON.stringify(options));
    }
  }
});
