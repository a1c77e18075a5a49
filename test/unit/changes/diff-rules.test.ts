/** spec-changes.md §6: how the classification differs per operator release. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { application, changes, configOf, jobOf, specOf, yamlOf, Obj, OPTIONS } from '../../support/changes';

function classAt(version: string, edit: (d: Obj) => void, build: () => Obj = application): string {
  const before = build();
  const after = structuredClone(before);
  edit(after);
  const list = changes(yamlOf(before), yamlOf(after), { ...OPTIONS, operatorVersion: version });
  return list[0]?.class ?? 'none';
}

const standalone = () => application((s) => { s.mode = 'standalone'; (s.taskManager as Obj).replicas = 2; });

test('before 1.2 every spec change is an upgrade', () => {
  assert.equal(classAt('1.1', (d) => (configOf(d)['parallelism.default'] = '4')), 'upgrade');
  assert.equal(classAt('1.2', (d) => (configOf(d)['parallelism.default'] = '4')), 'ignore');
});

test('1.2–1.5: job.parallelism is a scale in every mode, but native mode cannot rescale in place', () => {
  const native = changes(yamlOf(application()), yamlOf(application((s) => ((s.job as Obj).parallelism = 4))), { ...OPTIONS, operatorVersion: '1.3' });
  assert.equal(native[0]?.class, 'scale');
  assert.match(native[0]?.conditions[0] ?? '', /this operator release has no in-place rescaling/);
  assert.equal(classAt('1.6', (d) => (jobOf(d).parallelism = 4)), 'upgrade');
  assert.equal(classAt('1.6', (d) => (jobOf(d).parallelism = 4), standalone), 'scale');
});

test('taskManager.replicas: an upgrade in 1.3, a scale in every mode in 1.4–1.5, standalone only from 1.6', () => {
  const replicas = (d: Obj) => ((specOf(d).taskManager as Obj).replicas = 3);
  const nativeWithReplicas = () => application((s) => ((s.taskManager as Obj).replicas = 2));
  assert.equal(classAt('1.3', replicas, standalone), 'upgrade');
  assert.equal(classAt('1.4', replicas, nativeWithReplicas), 'scale');
  assert.equal(classAt('1.6', replicas, nativeWithReplicas), 'upgrade');
  assert.equal(classAt('1.6', replicas, standalone), 'scale');
});

test('the operator key prefix: with its dot in 1.2, without from 1.3', () => {
  const key = (d: Obj) => (configOf(d)['kubernetes.operatorx'] = '1');
  assert.equal(classAt('1.2', key), 'upgrade');
  assert.equal(classAt('1.3', key), 'ignore');
});

test('parallelism overrides are a scale from 1.6; job.autoscaler keys are ignored from 1.7', () => {
  const overrides = (d: Obj) => (configOf(d)['pipeline.jobvertex-parallelism-overrides'] = 'a:2');
  assert.equal(classAt('1.5', overrides), 'upgrade');
  assert.equal(classAt('1.6', overrides), 'scale');
  const autoscaler = (d: Obj) => (configOf(d)['job.autoscaler.enabled'] = 'true');
  assert.equal(classAt('1.6', autoscaler), 'upgrade');
  assert.equal(classAt('1.7', autoscaler), 'ignore');
});

test('fields the release does not have are dropped: checkpointTriggerNonce before 1.7, savepointRedeployNonce before 1.8, autoscalerResetNonce before 1.11, resources before 1.16', () => {
  assert.equal(classAt('1.6', (d) => (jobOf(d).checkpointTriggerNonce = 1)), 'none');
  assert.equal(classAt('1.7', (d) => (jobOf(d).checkpointTriggerNonce = 1)), 'ignore');
  const redeploy = (d: Obj) => Object.assign(jobOf(d), { savepointRedeployNonce: 1, initialSavepointPath: 's3://x' });
  assert.equal(classAt('1.7', redeploy), 'ignore', 'only initialSavepointPath is left');
  assert.equal(classAt('1.8', redeploy), 'savepoint-redeploy');
  assert.equal(classAt('1.10', (d) => (jobOf(d).autoscalerResetNonce = 1)), 'none');
  assert.equal(classAt('1.11', (d) => (jobOf(d).autoscalerResetNonce = 1)), 'ignore');
  const bigger = (d: Obj) => ((((specOf(d).taskManager as Obj).resources as Obj).requests as Obj).memory = '4g');
  assert.equal(classAt('1.15', bigger), 'none');
  assert.equal(classAt('1.16', bigger), 'upgrade');
});

test('restartNonce: clearing it restarts before 1.8, not from 1.8', () => {
  const withNonce = () => application((s) => (s.restartNonce = 3));
  const clear = (d: Obj) => delete specOf(d).restartNonce;
  assert.equal(classAt('1.7', clear, withNonce), 'upgrade');
  assert.equal(classAt('1.8', clear, withNonce), 'none');
});

test('pod-template extras count before 1.8 (the template was a Pod) and are cleared from 1.8', () => {
  const withExtras = () => application((s) => (s.podTemplate = { apiVersion: 'v1', kind: 'Pod', spec: { hostname: 'h' } }));
  const drop = (d: Obj) => (specOf(d).podTemplate = { spec: { hostname: 'h' } });
  assert.equal(classAt('1.7', drop, withExtras), 'upgrade');
  assert.equal(classAt('1.8', drop, withExtras), 'none');
});
