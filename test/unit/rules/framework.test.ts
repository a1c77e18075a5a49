/** Severity settings and suppression comments, on top of any rule. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from '../../support/rules';
import { valid } from '../../support/heads';

const withIgnored = valid().replace('  taskManager:\n', '  taskManager:\n    replicas: 1\n').replace('    parallelism: 4\n', '    parallelism: 9\n');
const rule = 'job-parallelism-ignored';
const of = (text: string, options = {}) => findingsOf(text, options).filter((f) => f.rule === rule);

test('severity overrides: off, info, error', () => {
  assert.equal(of(withIgnored)[0]?.severity, 'warning');
  assert.equal(of(withIgnored, { severities: { [rule]: 'error' } })[0]?.severity, 'error');
  assert.equal(of(withIgnored, { severities: { [rule]: 'info' } })[0]?.severity, 'info');
  assert.deepEqual(of(withIgnored, { severities: { [rule]: 'off' } }), []);
});

test('# flink-k8s-disable-next-line silences the next line, for the named rules or all', () => {
  const next = (ids: string) => withIgnored.replace('    parallelism: 9\n', `    # flink-k8s-disable-next-line ${ids}\n    parallelism: 9\n`);
  assert.deepEqual(of(next(rule)), []);
  assert.deepEqual(of(next('')), []);
  assert.equal(of(next('schema, memory-unit')).length, 1);
  assert.equal(of(withIgnored.replace('    parallelism: 9\n', `    # flink-k8s-disable-next-line ${rule}\n\n    parallelism: 9\n`)).length, 1, 'only the very next line');
});

test('# flink-k8s-disable silences a rule in the whole file', () => {
  assert.deepEqual(of(`# flink-k8s-disable ${rule}\n${withIgnored}`), []);
  assert.deepEqual(findingsOf(`# flink-k8s-disable\n${withIgnored}`), []);
  assert.equal(of(`# flink-k8s-disable other-rule\n${withIgnored}`).length, 1);
});

test('on a kustomize patch only the checks of the values it writes run', () => {
  const patch = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: demo\nspec:\n  taskManager:\n    replicas: two\n    resource:\n      memory: 1.5Gi\n  flinkConfiguration:\n    taskmanager.numberOfTaskSlots: "0"\n';
  assert.deepEqual(findingsOf(patch).map((f) => f.rule).sort(), ['memory-unit', 'schema', 'task-slots']);
  const sessionJobPatch = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkSessionJob\nmetadata:\n  name: job\nspec:\n  job:\n    parallelism: 8\n';
  assert.deepEqual(findingsOf(sessionJobPatch), []);
});
