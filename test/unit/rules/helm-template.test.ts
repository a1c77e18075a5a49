/** helm-template: a chart Helm cannot render is one finding at the failing action, and the setting silences it. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeChart } from '../../../server/src/core/sets/chart';
import { MemoryTree } from '../../../server/src/core/sources/tree';
import { DEFAULT_RULE_OPTIONS } from '../../../server/src/core/rules/options';

const files = {
  '/c/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n',
  '/c/values.yaml': 'job: {}\n',
  '/c/templates/job.yaml': 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: x\nspec:\n  job:\n    jarURI: {{ required "job.jarURI is required" .Values.job.jarURI }}\n',
};

test('a failing required is reported on its action with Helm\'s message', () => {
  const s = analyzeChart(new MemoryTree(files), '/c', DEFAULT_RULE_OPTIONS);
  assert.deepEqual(s.findings.map((f) => [f.rule, f.severity, f.message, files['/c/templates/job.yaml'].slice(f.span.start, f.span.end)]), [
    ['helm-template', 'error', 'helm template fails: job.jarURI is required', '{{ required "job.jarURI is required" .Values.job.jarURI }}'],
  ]);
});

test('a values file that does not parse is reported in it', () => {
  const s = analyzeChart(new MemoryTree({ ...files, '/c/values.yaml': 'job:\n  a: [1, 2\n' }), '/c', DEFAULT_RULE_OPTIONS);
  assert.equal(s.findings[0]?.file, '/c/values.yaml');
  assert.match(s.findings[0]?.message ?? '', /^helm template fails: cannot read values: /);
});

test('the severity setting turns it off', () => {
  const s = analyzeChart(new MemoryTree(files), '/c', { ...DEFAULT_RULE_OPTIONS, severities: { 'helm-template': 'off' } });
  assert.deepEqual(s.findings, []);
});

test('a chart with no Flink resource gets nothing, even when it does not render', () => {
  const other = { '/c/Chart.yaml': files['/c/Chart.yaml'], '/c/values.yaml': '', '/c/templates/app.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ required "name!" .Values.name }}\n' };
  assert.deepEqual(analyzeChart(new MemoryTree(other), '/c', DEFAULT_RULE_OPTIONS).findings, []);
});
