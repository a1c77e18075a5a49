/** Findings that only matter for a change, field severities, validator errors of the current text, and quick-fix titles. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { application, change, configOf, jobOf, specOf, yamlOf, Obj, OPTIONS } from '../../support/changes';
import { compareSides } from '../../../server/src/core/changes/compare';
import { sideOf } from '../../../server/src/core/changes/side';
import { fieldMessage } from '../../../server/src/core/changes/fields';
import { restartNote } from '../../../server/src/core/changes/edit-impact';

const edit = (d: Obj, f: (d: Obj) => void): Obj => {
  const copy = structuredClone(d);
  f(copy);
  return copy;
};

test('resource → resources with the same sizes restarts the job, and says so', () => {
  const old = application((s) => { s.taskManager = { resource: { cpu: 1, memory: '2048m' } }; });
  const now = application((s) => { s.taskManager = { resources: { requests: { cpu: 1, memory: '2048m' } } }; });
  const c = change(old, now);
  assert.equal(c.class, 'upgrade');
  assert.match(c.findings[0]?.message ?? '', /^Moving taskManager from resource to resources restarts the job although the pods keep the same CPU and memory/);
  assert.equal(c.findings[0]?.severity, 'warning');
});

test('editing a job.parallelism that replicas override restarts the job for nothing, and says so', () => {
  const base = application((s) => ((s.taskManager as Obj).replicas = 2));
  const c = change(base, edit(base, (d) => (jobOf(d).parallelism = 8)));
  assert.equal(c.class, 'upgrade');
  assert.match(c.findings[0]?.message ?? '', /^job\.parallelism is ignored because taskManager\.replicas is set \(the job keeps parallelism 4\), yet the operator counts the edit as a change and restarts the job\.$/);
});

test('a field that does nothing now, or loses state, is a warning; other changes are information', () => {
  const parallelismDefault = change(application(), edit(application(), (d) => (configOf(d)['parallelism.default'] = '8')));
  assert.equal(parallelismDefault.headline, 'does nothing now');
  assert.equal(parallelismDefault.fields[0]?.severity, 'warning');
  assert.equal(fieldMessage(parallelismDefault.fields[0] as never), 'spec.flinkConfiguration.parallelism.default added (8): does nothing: the operator sets the job\'s parallelism itself and overwrites parallelism.default.');
  const upgradeMode = change(application(), edit(application(), (d) => (jobOf(d).upgradeMode = 'savepoint')));
  assert.equal(upgradeMode.headline, 'takes effect at the next upgrade');
  assert.equal(upgradeMode.fields[0]?.severity, 'warning');
  const checkpointed = application((s) => ((s.flinkConfiguration as Obj)['execution.checkpointing.interval'] = '1 min'));
  const stateless = change(checkpointed, edit(checkpointed, (d) => (specOf(d).image = 'flink:new')));
  assert.equal(stateless.fields[0]?.severity, 'warning', 'a stateless upgrade of a job that checkpoints loses state');
  const noCheckpoints = change(application(), edit(application(), (d) => (specOf(d).image = 'flink:new')));
  assert.equal(noCheckpoints.fields[0]?.severity, 'info', 'a job without checkpointing keeps no state to lose');
  const savepoint = application((s) => ((s.job as Obj).upgradeMode = 'savepoint'));
  const kept = change(savepoint, edit(savepoint, (d) => (specOf(d).image = 'flink:new')));
  assert.equal(kept.fields[0]?.severity, 'info');
  assert.equal(fieldMessage(kept.fields[0] as never), 'spec.image changed from flink:latest to flink:new: an upgrade: the operator stops the job with a savepoint and restores it from that savepoint.');
  const nonce = change(application(), edit(application(), (d) => Object.assign(jobOf(d), { savepointRedeployNonce: 1, initialSavepointPath: 's3://sp' })));
  assert.equal(nonce.fields.find((f) => f.path === 'spec.job.savepointRedeployNonce')?.severity, 'warning');
});

test('an upgradeMode edit that comes with a restart applies to that restart (the new spec\'s mode decides)', () => {
  const base = application((s) => Object.assign(s.flinkConfiguration as Obj, { 'execution.checkpointing.interval': '1 min' }));
  const c = change(base, edit(base, (d) => { jobOf(d).upgradeMode = 'savepoint'; specOf(d).image = 'flink:new'; }));
  assert.equal(c.headline, 'restarts from a savepoint');
  const mode = c.fields.find((f) => f.path === 'spec.job.upgradeMode');
  assert.deepEqual([mode?.effect, mode?.severity], ['no restart on its own; the upgrade this change triggers already uses it', 'info']);
});

test('FLINK-41283: a last-state upgrade with a maximum checkpoint age waits for a job that never checkpoints', () => {
  const base = application((s) => ((s.job as Obj).upgradeMode = 'savepoint'));
  const after = edit(base, (d) => {
    jobOf(d).upgradeMode = 'last-state';
    specOf(d).image = 'flink:new';
    configOf(d)['kubernetes.operator.job.upgrade.last-state.max.allowed.checkpoint.age'] = '10 min';
  });
  const c = change(base, after);
  assert.match(c.findings.map((f) => f.message).join('\n'), /may never finish.*FLINK-41283/);
  const checkpointing = edit(base, (d) => (configOf(d)['execution.checkpointing.interval'] = '1 min'));
  const fine = change(checkpointing, edit(after, (d) => (configOf(d)['execution.checkpointing.interval'] = '1 min')));
  assert.ok(!fine.findings.some((f) => /41283/.test(f.message)));
});

test('FLINK-30638: allowNonRestoredState is ignored by a restore through HA metadata', () => {
  const base = application((s) => Object.assign(s.job as Obj, { upgradeMode: 'last-state', allowNonRestoredState: true }));
  const c = change(base, edit(base, (d) => (specOf(d).image = 'flink:new')));
  assert.equal(c.findings[0]?.severity, 'info');
  assert.match(c.findings[0]?.message ?? '', /FLINK-30638/);
});

test('with the autoscaler on, a parallelism-overrides change may do nothing', () => {
  const base = application((s) => ((s.flinkConfiguration as Obj)['job.autoscaler.enabled'] = 'true'));
  const c = change(base, edit(base, (d) => (configOf(d)['pipeline.jobvertex-parallelism-overrides'] = 'a:3')));
  assert.match(c.findings[0]?.message ?? '', /The autoscaler is on/);
});

test('an error the validator would report in the current text makes the change rejected', () => {
  const before = yamlOf(application());
  const after = yamlOf(edit(application(), (d) => { specOf(d).image = 'flink:new'; delete specOf(d).serviceAccount; }));
  const list = compareSides({ before: sideOf([{ file: 'a', text: before }], OPTIONS), after: sideOf([{ file: 'a', text: after }], OPTIONS), currentError: () => 'spec.serviceAccount is missing' }, OPTIONS);
  assert.equal(list[0]?.class, 'rejected');
  assert.match(list[0]?.action ?? '', /rejects the change \("spec\.serviceAccount is missing"\); the running job keeps its last accepted spec/);
  assert.equal(list[0]?.fields[0]?.severity, 'warning');
});

test('a quick fix that would restart a running job says so; one that does not, does not', () => {
  const text = yamlOf(application((s) => ((s.job as Obj).upgradeMode = 'savepoint')));
  const at = text.indexOf('flink:latest');
  assert.equal(restartNote(text, [{ span: { start: at, end: at + 'flink:latest'.length }, newText: 'flink:new' }], OPTIONS), 'restarts the running job');
  const slots = text.indexOf('parallelism: 1');
  assert.equal(restartNote(text, [{ span: { start: slots, end: slots }, newText: '' }], OPTIONS), undefined, 'an empty edit');
  const checkpointed = yamlOf(application((sp) => ((sp.flinkConfiguration as Obj)['execution.checkpointing.interval'] = '1 min')));
  const s = checkpointed.indexOf('flink:latest');
  assert.equal(restartNote(checkpointed, [{ span: { start: s, end: s + 12 }, newText: 'flink:new' }], OPTIONS), 'discards the job\'s state', 'stateless with checkpoints');
  const noCheckpoints = yamlOf(application());
  const n = noCheckpoints.indexOf('flink:latest');
  assert.equal(restartNote(noCheckpoints, [{ span: { start: n, end: n + 12 }, newText: 'flink:new' }], OPTIONS), 'restarts the running job', 'stateless without checkpoints');
  const suspended = yamlOf(application((sp) => ((sp.job as Obj).state = 'suspended')));
  const u = suspended.indexOf('flink:latest');
  assert.equal(restartNote(suspended, [{ span: { start: u, end: u + 12 }, newText: 'flink:new' }], OPTIONS), undefined, 'nothing runs');
});

test('the autoscaler-overrides finding reads the legacy enabled key and the deployed value, like the rest of the change', () => {
  const legacy = application((s) => ((s.flinkConfiguration as Obj)['kubernetes.operator.job.autoscaler.enabled'] = 'true'));
  const c = change(legacy, edit(legacy, (d) => (configOf(d)['pipeline.jobvertex-parallelism-overrides'] = 'a:3')));
  assert.match(c.findings.map((f) => f.message).join('\n'), /The autoscaler is on/, 'the legacy key turns it on');
  const off = application((s) => ((s.flinkConfiguration as Obj)['job.autoscaler.enabled'] = 'false'));
  const offNow = change(off, edit(off, (d) => (configOf(d)['pipeline.jobvertex-parallelism-overrides'] = 'a:3')));
  assert.ok(!offNow.findings.some((f) => /autoscaler is on/.test(f.message)), 'off stays off');
  const on = application((s) => ((s.flinkConfiguration as Obj)['job.autoscaler.enabled'] = 'true'));
  const removed = change(on, edit(on, (d) => { delete configOf(d)['job.autoscaler.enabled']; configOf(d)['pipeline.jobvertex-parallelism-overrides'] = 'a:3'; }));
  assert.match(removed.findings.map((f) => f.message).join('\n'), /The autoscaler is on/, 'a removed key keeps its deployed value in the observe config');
});

test('FLINK-41283 and lost state: an execution.checkpointing.interval of 0 turns checkpointing off', () => {
  const base = application((s) => Object.assign(s.job as Obj, { upgradeMode: 'last-state' }));
  Object.assign(configOf(base), { 'execution.checkpointing.interval': '0' });
  const after = edit(base, (d) => {
    specOf(d).image = 'flink:new';
    configOf(d)['kubernetes.operator.job.upgrade.last-state.max.allowed.checkpoint.age'] = '10 min';
  });
  const c = change(base, after);
  assert.match(c.findings.map((f) => f.message).join('\n'), /may never finish.*does not checkpoint \(execution\.checkpointing\.interval is 0; FLINK-41283\)/);
  const defaulted = application((s) => Object.assign(s.job as Obj, { upgradeMode: 'last-state' }));
  const fine = change(defaulted, edit(defaulted, (d) => { specOf(d).image = 'flink:new'; configOf(d)['kubernetes.operator.job.upgrade.last-state.max.allowed.checkpoint.age'] = '10 min'; }));
  assert.ok(!fine.findings.some((f) => /41283/.test(f.message)), 'last-state without an interval gets the operator\'s default one');
  const zero = application((s) => ((s.flinkConfiguration as Obj)['execution.checkpointing.interval'] = '0 ms'));
  const stateless = change(zero, edit(zero, (d) => (specOf(d).image = 'flink:new')));
  assert.equal(stateless.fields[0]?.severity, 'info', 'a stateless job with checkpointing turned off has no state to lose');
});
