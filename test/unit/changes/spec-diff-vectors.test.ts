/**
 * The operator's own SpecDiffTest cases (spec-changes.md §1, "Tests to reuse as vectors"),
 * written as YAML: the diff type and the number of diffs the operator counts, per mode.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { application, clone, configOf, deprecatedResource, jobOf, operatorDiff, sessionCluster, sessionJob, specOf, Obj } from '../../support/changes';
import { displayPath } from '../../../server/src/core/changes/fields';

/** The fixture of testFlinkDeploymentSpecChanges: deprecated resource, a pod template and an ingress. */
function full(): Obj {
  return application((spec) => {
    deprecatedResource(spec);
    spec.podTemplate = { spec: { hostname: 'localhost', containers: [] } };
    spec.ingress = { template: 'template' };
  });
}

test('identical specs: no diff (application, session cluster, full fixture)', () => {
  for (const d of [application(), sessionCluster(), full()]) assert.deepEqual(pick(operatorDiff(d, clone(d))), { type: 'ignore', count: 0 });
});

test('FlinkDeployment: the stepwise mutations of testFlinkDeploymentSpecChanges', () => {
  const left = full();
  const right = clone(left);
  Object.assign(jobOf(right), { upgradeMode: 'last-state', allowNonRestoredState: true, initialSavepointPath: 'local:///tmp', savepointTriggerNonce: 123 });
  Object.assign(configOf(right), {
    'kubernetes.operator.reconcile.interval': '100 SECONDS',
    'kubernetes.operator.metrics.scope.k8soperator.system': 'foo.bar',
    'parallelism.default': '100',
    'job.autoscaler.metrics.window': '1234m',
  });
  assert.deepEqual(pick(operatorDiff(left, right)), { type: 'ignore', count: 8 });
  delete configOf(right)['kubernetes.operator.metrics.scope.k8soperator.system'];
  delete configOf(right)['job.autoscaler.metrics.window'];
  assert.deepEqual(pick(operatorDiff(left, right)), { type: 'ignore', count: 6 });
  jobOf(right).parallelism = 100;
  assert.deepEqual(pick(operatorDiff(left, right, 'native')), { type: 'upgrade', count: 7 });
  assert.deepEqual(pick(operatorDiff(left, right, 'standalone')), { type: 'scale', count: 7 });
  Object.assign(specOf(right), { image: 'flink:greatest', imagePullPolicy: 'never:pull', serviceAccount: 'anonymous', flinkVersion: 'v1_13', mode: 'standalone', logConfiguration: { foo: 'bar' } });
  assert.deepEqual(pick(operatorDiff(left, right, 'native')), { type: 'upgrade', count: 13 });
  ((specOf(right).jobManager as Obj).resource as Obj).memory = '999m';
  (specOf(right).taskManager as Obj).replicas = 999;
  (specOf(right).podTemplate as Obj).metadata = {};
  (specOf(right).ingress as Obj).template = 'none';
  assert.deepEqual(pick(operatorDiff(left, right, 'native')), { type: 'upgrade', count: 17 });
  Object.assign(jobOf(right), { jarURI: 'missing.jar', entryClass: 'missing.Class', args: ['foo', 'bar'], state: 'suspended' });
  assert.deepEqual(pick(operatorDiff(left, right, 'native')), { type: 'upgrade', count: 21 });
  configOf(right)['env.java.opts.taskmanager'] = '-Dfoo=bar';
  assert.deepEqual(pick(operatorDiff(left, right, 'native')), { type: 'upgrade', count: 22 });
});

test('standalone replicas 2 → 3 is a scale; with a memory change it is an upgrade', () => {
  const left = full();
  specOf(left).mode = 'standalone';
  Object.assign(specOf(left).taskManager as Obj, { replicas: 2 });
  ((specOf(left).taskManager as Obj).resource as Obj).memory = '1024';
  const right = clone(left);
  (specOf(right).taskManager as Obj).replicas = 3;
  assert.equal(operatorDiff(left, right, 'native').type, 'upgrade');
  assert.deepEqual(pick(operatorDiff(left, right, 'standalone')), { type: 'scale', count: 1 });
  ((specOf(right).taskManager as Obj).resource as Obj).memory = '2048';
  (specOf(right).taskManager as Obj).replicas = 4;
  assert.deepEqual(pick(operatorDiff(left, right, 'native')), { type: 'upgrade', count: 2 });
});

test('a parallelism-overrides key is a scale in native mode and an upgrade in standalone', () => {
  const left = application();
  const right = application();
  configOf(left)['pipeline.jobvertex-parallelism-overrides'] = 'new';
  assert.deepEqual(pick(operatorDiff(left, right, 'native')), { type: 'scale', count: 1 });
  assert.deepEqual(pick(operatorDiff(left, right, 'standalone')), { type: 'upgrade', count: 1 });
});

test('FlinkSessionJob: the stepwise mutations of testFlinkSessionJobSpecChanges', () => {
  const left = sessionJob();
  const right = clone(left);
  assert.deepEqual(pick(operatorDiff(left, right)), { type: 'ignore', count: 0 });
  Object.assign(jobOf(right), { upgradeMode: 'last-state', allowNonRestoredState: true, initialSavepointPath: 'local:///tmp', savepointTriggerNonce: 123 });
  configOf(right)['kubernetes.operator.user.artifacts.http.header'] = 'changed';
  assert.deepEqual(pick(operatorDiff(left, right)), { type: 'ignore', count: 5 });
  jobOf(right).parallelism = 100;
  assert.deepEqual(pick(operatorDiff(left, right, 'native')), { type: 'upgrade', count: 6 });
  assert.deepEqual(pick(operatorDiff(left, right, 'standalone')), { type: 'scale', count: 6 });
  specOf(right).deploymentName = 'missing';
  Object.assign(jobOf(right), { jarURI: 'missing.jar', entryClass: 'missing.Class', args: ['foo', 'bar'], state: 'suspended' });
  assert.deepEqual(pick(operatorDiff(left, right, 'native')), { type: 'upgrade', count: 11 });
});

test('pod template changes list their leaves like the SpecChanged event (testPodTemplateChanges)', () => {
  const left = application((s) => {
    s.podTemplate = { spec: { hostAliases: [{ hostnames: ['host1', 'host2'], ip: 'ip' }], hostname: 'localhost1', containers: [] } };
    s.image = 'img1';
    s.ingress = { template: 'temp' };
  });
  const right = application((s) => {
    s.podTemplate = { spec: { hostAliases: [{ hostnames: ['host1'], ip: 'ip' }], hostname: 'localhost2', containers: [] } };
    s.image = 'img2';
    s.restartNonce = 1;
  });
  const diff = operatorDiff(left, right);
  assert.equal(diff.type, 'upgrade');
  const leaves = diff.diffs.flatMap((d) => d.leaves.map((l) => `${displayPath(l.path)} : ${JSON.stringify(l.before) ?? 'null'} -> ${JSON.stringify(l.after) ?? 'null'}`));
  assert.deepEqual(leaves, [
    'spec.image : "img1" -> "img2"',
    'spec.ingress : {"template":"temp"} -> null',
    'spec.podTemplate.spec.hostAliases[0].hostnames[1] : "host2" -> null',
    'spec.podTemplate.spec.hostname : "localhost1" -> "localhost2"',
    'spec.restartNonce : null -> 1',
  ]);
});

test('removing pod-template extras (apiVersion) is no diff, at the top and in jobManager', () => {
  const old = { apiVersion: 'v1', metadata: { labels: { l1: 'v1' } }, spec: { hostname: 'h' } };
  const now = { metadata: { labels: { l1: 'v1' } }, spec: { hostname: 'h' } };
  assert.equal(operatorDiff(application((s) => (s.podTemplate = old)), application((s) => (s.podTemplate = now))).count, 0);
  assert.equal(operatorDiff(application((s) => ((s.jobManager as Obj).podTemplate = old)), application((s) => ((s.jobManager as Obj).podTemplate = now))).count, 0);
});

test('restartNonce: null → 1 is an upgrade, 1 → null is no diff (testOnNullIgnore)', () => {
  assert.equal(operatorDiff(application(), application((s) => (s.restartNonce = 1))).type, 'upgrade');
  assert.deepEqual(pick(operatorDiff(application((s) => (s.restartNonce = 1)), application())), { type: 'ignore', count: 0 });
});

test('savepointRedeployNonce (testSavepointNonceDiff)', () => {
  const left = application();
  const right = clone(left);
  Object.assign(jobOf(right), { savepointRedeployNonce: 1, parallelism: 123 });
  assert.deepEqual(pick(operatorDiff(left, right)), { type: 'savepoint-redeploy', count: 2 });
  const same = clone(right);
  assert.deepEqual(pick(operatorDiff(same, right)), { type: 'ignore', count: 0 });
  const next = clone(right);
  jobOf(next).savepointRedeployNonce = 2;
  assert.deepEqual(pick(operatorDiff(right, next)), { type: 'savepoint-redeploy', count: 1 });
  const cleared = clone(next);
  delete jobOf(cleared).savepointRedeployNonce;
  assert.deepEqual(pick(operatorDiff(next, cleared)), { type: 'ignore', count: 0 });
});

test('no flinkConfiguration equals an empty one (testNullFlinkConfiguration)', () => {
  const none = application((s) => delete s.flinkConfiguration);
  const empty = application((s) => (s.flinkConfiguration = {}));
  assert.deepEqual(pick(operatorDiff(none, empty)), { type: 'ignore', count: 0 });
});

function pick(d: { type: string; count: number }) {
  return { type: d.type, count: d.count };
}
