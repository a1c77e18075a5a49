/** `flink-k8s` on folders with a chart or an overlay, as a user runs it: the built bin, real files. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..', '..');
const bin = path.join(root, 'bin', 'flink-k8s.js');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Row = { file: string; line: number; name: string; namespace: string | null; parallelism: number; taskManagers: number };

test('report examples/ renders the chart and builds both overlays, each resource at the file and line that starts it', () => {
  const { code, stdout } = cli('report', '--format', 'json', 'examples/');
  assert.equal(code, 0);
  const rows = (JSON.parse(stdout) as { resources: Row[] }).resources.filter((r) => /helm-chart|kustomize/.test(r.file));
  assert.deepEqual(rows.map((r) => [r.file, r.line, r.name, r.namespace, r.parallelism, r.taskManagers]), [
    ['examples/helm-chart/templates/flinkdeployment.yaml', 1, 'release-name-fraud-scoring', null, 4, 2],
    ['examples/kustomize/base/flinkdeployment.yaml', 2, 'prod-order-events', 'flink-prod', 8, 2],
    ['examples/kustomize/base/flinkdeployment.yaml', 2, 'order-events', 'flink-staging', 2, 1],
  ]);
});

test('--values and --set change what the chart renders, as with helm template', () => {
  const { stdout } = cli('report', '--format', 'json', '--values', 'examples/helm-chart/values-prod.yaml', '--set', 'taskManager.replicas=8', 'examples/helm-chart');
  const [row] = (JSON.parse(stdout) as { resources: Row[] }).resources;
  assert.deepEqual([row?.parallelism, row?.taskManagers], [32, 8]);
});

test('check on a chart: findings on template lines, related values, fixes that name their file', () => {
  const { code, stdout } = cli('check', '--format', 'json', 'test/fixtures/sets/chart-with-helpers');
  assert.equal(code, 0);
  const findings = (JSON.parse(stdout) as { findings: Array<{ file: string; line: number; rule: string; related?: Array<{ file: string; line: number }>; fixes: Array<{ edits: Array<{ file?: string; line: number }> }> }> }).findings;
  const deprecated = findings.find((f) => f.rule === 'deprecated-config-key');
  assert.deepEqual([deprecated?.file, deprecated?.line], ['test/fixtures/sets/chart-with-helpers/templates/flinkdeployment.yaml', 14]);
  assert.deepEqual(deprecated?.related?.map((r) => [r.file, r.line]), [['test/fixtures/sets/chart-with-helpers/values.yaml', 21]]);
  assert.deepEqual(deprecated?.fixes[0]?.edits.map((e) => [e.file, e.line]), [['test/fixtures/sets/chart-with-helpers/values.yaml', 21]]);
});

test('a bad --set value is a finding on the chart, not a crash', () => {
  const { code, stdout } = cli('check', '--set', 'novalue', 'examples/helm-chart');
  assert.equal(code, 1);
  assert.match(stdout, /helm-template helm template fails: --set novalue: key "novalue" has no value/);
});
