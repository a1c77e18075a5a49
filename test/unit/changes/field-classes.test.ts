/** Every row of spec-changes.md §2: the class of each field's change, per mode (operator 1.16). */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { application, change, changes, configOf, jobOf, sessionJob, specOf, yamlOf, Obj } from '../../support/changes';

type Edit = (d: Obj) => void;

function classOf(edit: Edit, mode?: 'standalone', build: () => Obj = application): string {
  const before = build();
  if (mode) specOf(before).mode = mode;
  const after = structuredClone(before);
  edit(after);
  const list = changes(yamlOf(before), yamlOf(after));
  return list.length ? `${list[0]?.class}` : 'none';
}

const cfg = (key: string, value: string | undefined): Edit => (d) => {
  if (value === undefined) delete configOf(d)[key];
  else configOf(d)[key] = value;
};
const job = (key: string, value: unknown): Edit => (d) => {
  if (value === undefined) delete jobOf(d)[key];
  else jobOf(d)[key] = value;
};

test('restartNonce: a new value restarts, clearing it is no change', () => {
  assert.equal(classOf((d) => (specOf(d).restartNonce = 7)), 'upgrade');
  const withNonce = application((s) => (s.restartNonce = 7));
  assert.deepEqual(changes(yamlOf(withNonce), yamlOf(application())), []);
});

test('flinkConfiguration keys by prefix', () => {
  assert.equal(classOf(cfg('job.autoscaler.enabled', 'true')), 'ignore');
  assert.equal(classOf(cfg('kubernetes.operator.job.autoscaler.enabled', 'true')), 'ignore');
  assert.equal(classOf(cfg('parallelism.default', '8')), 'ignore');
  assert.equal(classOf(cfg('parallelism.default-foo', '8')), 'ignore', 'the prefix match is literal');
  assert.equal(classOf(cfg('kubernetes.operator.periodic.savepoint.interval', '1 h')), 'ignore');
  assert.equal(classOf(cfg('pipeline.jobvertex-parallelism-overrides', 'a:2')), 'scale');
  assert.equal(classOf(cfg('pipeline.jobvertex-parallelism-overrides', 'a:2'), 'standalone'), 'upgrade');
  assert.equal(classOf(cfg('state.backend.type', 'rocksdb')), 'upgrade', 'added');
  assert.equal(classOf(cfg('taskmanager.numberOfTaskSlots', '4')), 'upgrade', 'changed');
  assert.equal(classOf(cfg('high-availability.storageDir', undefined)), 'upgrade', 'removed');
});

test('job fields', () => {
  assert.equal(classOf(job('parallelism', 4)), 'upgrade');
  assert.equal(classOf(job('parallelism', 4), 'standalone'), 'scale');
  for (const [key, value] of [['savepointTriggerNonce', 1], ['checkpointTriggerNonce', 1], ['initialSavepointPath', 's3://sp/1'], ['upgradeMode', 'savepoint'], ['allowNonRestoredState', true], ['autoscalerResetNonce', 1]] as const) {
    assert.equal(classOf(job(key, value)), 'ignore', key);
  }
  assert.equal(classOf((d) => Object.assign(jobOf(d), { savepointRedeployNonce: 1, initialSavepointPath: 's3://sp/1' })), 'savepoint-redeploy');
  for (const [key, value] of [['jarURI', 'local:///other.jar'], ['entryClass', 'x.Main'], ['args', ['--a']], ['state', 'suspended']] as const) {
    assert.equal(classOf(job(key, value)), 'upgrade', key);
  }
});

test('taskManager and jobManager fields', () => {
  assert.equal(classOf((d) => ((specOf(d).taskManager as Obj).replicas = 3)), 'upgrade');
  assert.equal(classOf((d) => ((specOf(d).taskManager as Obj).replicas = 3), 'standalone'), 'scale');
  assert.equal(classOf((d) => (((specOf(d).taskManager as Obj).resources as Obj).requests = { cpu: 2, memory: '4g' })), 'upgrade');
  assert.equal(classOf((d) => ((specOf(d).taskManager as Obj).podTemplate = { spec: { nodeSelector: { pool: 'a' } } })), 'upgrade');
  assert.equal(classOf((d) => ((specOf(d).jobManager as Obj).replicas = 2)), 'upgrade');
  const oneDiff = change(application((s) => delete s.taskManager), application());
  assert.equal(oneDiff.class, 'upgrade');
  assert.deepEqual([...new Set(oneDiff.fields.map((f) => f.diffField))], ['taskManager'], 'a whole taskManager block appearing is one diff');
});

test('top-level spec fields are upgrades; a mode switch is rejected', () => {
  for (const [key, value] of [['image', 'flink:2.0'], ['imagePullPolicy', 'Always'], ['serviceAccount', 'other'], ['flinkVersion', 'v2_0'], ['ingress', { template: '{{name}}.example.com' }], ['podTemplate', { metadata: { labels: { a: 'b' } } }], ['logConfiguration', { 'log4j-console.properties': 'rootLogger.level = INFO' }]] as const) {
    assert.equal(classOf((d) => (specOf(d)[key] = value)), 'upgrade', key);
  }
  assert.equal(classOf((d) => (specOf(d).mode = 'standalone')), 'rejected');
});

test('a session job\'s deploymentName change is rejected', () => {
  const c = change(sessionJob(), sessionJob((s) => (s.deploymentName = 'other')));
  assert.equal(c.class, 'rejected');
  assert.match(c.action, /The deploymentName can't be changed/);
});

test('metadata labels and annotations are not in the spec: no change', () => {
  const after = application();
  (after.metadata as Obj).labels = { team: 'data' };
  (after.metadata as Obj).annotations = { note: 'x' };
  assert.deepEqual(changes(yamlOf(application()), yamlOf(after)), []);
});
