/**
 * Incremental analysis equals a from-scratch one: after random edit sequences on every example,
 * the findings and projections of a long-lived analyzer match those of a fresh analyzer, and the
 * whole-text analysis the CLI uses.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IncrementalAnalyzer } from '../../server/src/core/incremental/analyzer';
import { visibleSummary } from '../support/invariants';
import { splitDocuments } from '../../server/src/core/incremental/split';
import { DEFAULT_RULE_OPTIONS } from '../../server/src/core/rules/options';
import { analyze } from '../../server/src/core/analysis';
import { lint } from '../../server/src/core/rules/run';

const root = path.join(__dirname, '..', '..', '..');
const examples = fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => fs.readFileSync(path.join(root, 'examples', f), 'utf8'));
const big = examples.join('---\n');

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const EDITS = ['4', '"8"', 'x', '\n', '  ', '---\n', 'replicas: 3\n', 'parallelism: 12', '# flink-k8s: slot-sharing-groups=default,4\n', ''];

test('splitting keeps every character and cuts only at document markers', () => {
  const chunks = splitDocuments(big);
  assert.equal(chunks.map((c) => c.text).join(''), big);
  for (const c of chunks.slice(1)) assert.match(c.text, /^---/);
  assert.deepEqual(splitDocuments('').map((c) => c.text), ['']);
  assert.equal(splitDocuments('a: 1\n---\nb: 2\n...\nc: 3').length, 3);
});

test('random edit sequences: incremental equals from scratch', () => {
  const next = random(7);
  for (const start of [big, ...examples]) {
    const live = new IncrementalAnalyzer();
    let text = start;
    live.analyze(text, DEFAULT_RULE_OPTIONS);
    for (let step = 0; step < 25; step++) {
      const at = Math.floor(next() * text.length);
      const cut = Math.floor(next() * 6);
      text = text.slice(0, at) + (EDITS[Math.floor(next() * EDITS.length)] ?? '') + text.slice(at + cut);
      const incremental = live.analyze(text, DEFAULT_RULE_OPTIONS);
      const fresh = new IncrementalAnalyzer().analyze(text, DEFAULT_RULE_OPTIONS);
      assert.deepEqual(visibleSummary(incremental), visibleSummary(fresh), `step ${step}`);
    }
  }
});

test('the examples give the same findings as the whole-text analysis', () => {
  for (const text of [big, ...examples]) {
    const whole = analyze(text);
    const expected = lint(whole, DEFAULT_RULE_OPTIONS).findings.map((f) => `${f.span.start} ${f.rule} ${f.message}`).sort();
    const actual = new IncrementalAnalyzer().analyze(text, DEFAULT_RULE_OPTIONS).findings.map((f) => `${f.span.start} ${f.rule} ${f.message}`).sort();
    assert.deepEqual(actual, expected);
  }
});

test('scalers in another YAML document and file-wide suppressions: the same as the whole-text analysis', () => {
  const hpa = 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: { name: tm-hpa }\nspec:\n  minReplicas: 1\n  maxReplicas: 4\n  scaleTargetRef: { apiVersion: flink.apache.org/v1beta1, kind: FlinkDeployment, name: clickstream-sessionizer }\n  metrics:\n    - type: Resource\n      resource: { name: memory, target: { type: Utilization, averageUtilization: 70 } }\n';
  const first = examples.find((t) => t.includes('clickstream-sessionizer')) ?? '';
  const full = (f: { rule: string; span: { start: number; end: number }; related?: ReadonlyArray<{ span: { start: number; end: number } }> }) => `${f.span.start}-${f.span.end} ${f.rule} ${JSON.stringify(f.related?.map((r) => r.span))}`;
  for (const text of [`${first}---\n${hpa}`, `${hpa}---\n${first}`, `# flink-k8s-disable external-scaler\n${hpa}---\n${first}`, `${first}---\n# flink-k8s-disable\n${hpa}`]) {
    const expected = lint(analyze(text), DEFAULT_RULE_OPTIONS).findings.map(full).sort();
    const actual = new IncrementalAnalyzer().analyze(text, DEFAULT_RULE_OPTIONS).findings.map(full).sort();
    assert.deepEqual(actual, expected);
    if (!text.includes('disable')) assert.ok(actual.some((f) => f.includes('external-scaler')), 'the scaler is seen');
  }
});
