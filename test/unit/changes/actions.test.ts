/** spec-changes.md §3 (class → action by kind and mode), §4 (upgradeMode) and §5 (job.state). */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { application, change, changes, configOf, jobOf, sessionCluster, sessionJob, specOf, yamlOf, Obj, OPTIONS } from '../../support/changes';

const edit = (d: Obj, f: (d: Obj) => void): Obj => {
  const copy = structuredClone(d);
  f(copy);
  return copy;
};
const withJob = (f: (job: Obj, spec: Obj) => void) => (d: Obj) => f(jobOf(d), specOf(d));

test('application, native: an ignored change restarts nothing', () => {
  const c = change(application(), edit(application(), (d) => (configOf(d)['kubernetes.operator.periodic.savepoint.interval'] = '1 h')));
  assert.equal(c.class, 'ignore');
  assert.equal(c.state, 'kept');
  assert.equal(c.headline, 'no restart');
  assert.match(c.action, /the operator uses it from its next reconcile/);
});

test('application, native: parallelism overrides rescale in place only with Flink 1.18+, the adaptive scheduler and in-place scaling on', () => {
  const base = application((s) => Object.assign(s.flinkConfiguration as Obj, { 'jobmanager.scheduler': 'adaptive', 'pipeline.jobvertex-parallelism-overrides': 'v1:2,v2:2' }));
  const more = (d: Obj) => (configOf(d)['pipeline.jobvertex-parallelism-overrides'] = 'v1:4,v2:2');
  const inPlace = change(base, edit(base, more));
  assert.equal(inPlace.class, 'scale');
  assert.equal(inPlace.headline, 'rescales in place');
  assert.equal(inPlace.state, 'kept');
  assert.match(inPlace.conditions[0] ?? '', /if the job is not running normally .* instead cancels the job and starts it again without state/);

  const noAdaptive = edit(base, (d) => delete configOf(d)['jobmanager.scheduler']);
  const c1 = change(noAdaptive, edit(noAdaptive, more));
  assert.equal(c1.class, 'scale');
  assert.equal(c1.headline, 'restarts without state');
  assert.match(c1.conditions[0] ?? '', /not in place because the running job does not use the adaptive scheduler/);

  const old = edit(base, (d) => (specOf(d).flinkVersion = 'v1_17'));
  assert.match(change(old, edit(old, more)).conditions[0] ?? '', /older than 1\.18/);
  const off = edit(base, (d) => (configOf(d)['kubernetes.operator.job.upgrade.inplace-scaling.enabled'] = 'false'));
  assert.match(change(off, edit(off, more)).conditions[0] ?? '', /inplace-scaling\.enabled is false/);
  const removed = change(base, edit(base, (d) => (configOf(d)['pipeline.jobvertex-parallelism-overrides'] = 'v1:4')));
  assert.match(removed.conditions[0] ?? '', /the override for vertex v2 is removed/);
});

test('application, standalone: a parallelism change rescales only under reactive mode', () => {
  const base = application((s) => (s.mode = 'standalone'));
  const c = change(base, edit(base, withJob((j) => (j.parallelism = 4))));
  assert.equal(c.class, 'scale');
  assert.equal(c.headline, 'restarts without state');
  assert.match(c.conditions[0] ?? '', /reactive mode/);
  const reactive = edit(base, (d) => (configOf(d)['scheduler-mode'] = 'reactive'));
  const r = change(reactive, edit(reactive, withJob((j) => (j.parallelism = 4))));
  assert.equal(r.headline, 'rescales in place');
  assert.match(r.action, /TaskManager deployment's replicas/);
});

test('upgradeMode decides how a running job is restarted (§4)', () => {
  const image = (mode: string, extra: Record<string, string> = {}) => {
    const base = application((s) => {
      (s.job as Obj).upgradeMode = mode;
      Object.assign(s.flinkConfiguration as Obj, extra);
    });
    return change(base, edit(base, (d) => (specOf(d).image = 'flink:new')));
  };
  const stateless = image('stateless', { 'execution.checkpointing.interval': '1 min' });
  assert.equal(stateless.state, 'discarded');
  assert.equal(stateless.losesState, true);
  assert.match(stateless.action, /without state: discards the job's state$/);
  const noCheckpoints = image('stateless');
  assert.equal(noCheckpoints.losesState, false);
  assert.match(noCheckpoints.action, /without state \(it takes no checkpoints\)$/);
  const savepoint = image('savepoint');
  assert.equal(savepoint.state, 'savepoint');
  assert.equal(savepoint.headline, 'restarts from a savepoint');
  assert.match(savepoint.conditions[0] ?? '', /last-state-fallback\.enabled, default true/);
  const lastState = image('last-state');
  assert.equal(lastState.state, 'last-checkpoint');
  assert.match(lastState.action, /deletes the JobManager, keeps the HA metadata/);
  const noHa = image('last-state', { 'high-availability.type': 'NONE' });
  assert.match(noHa.action, /^cancels the job and restores it from its latest checkpoint$/);
  const cancel = image('last-state', { 'kubernetes.operator.job.upgrade.last-state.job-cancel.enabled': 'true' });
  assert.match(cancel.action, /^cancels the job/);
  const aged = image('last-state', { 'kubernetes.operator.job.upgrade.last-state.max.allowed.checkpoint.age': '600000' });
  assert.ok(aged.conditions.some((c) => /older than 10 min .* takes a savepoint instead/.test(c)), aged.conditions.join('|'));
});

test('a Flink version change with last-state takes a savepoint when a savepoint directory is set, else cancels', () => {
  const base = application((s) => ((s.job as Obj).upgradeMode = 'last-state'));
  const upgraded = change(base, edit(base, (d) => (specOf(d).flinkVersion = 'v2_0')));
  assert.equal(upgraded.state, 'savepoint');
  assert.match(upgraded.action, /Flink version change cannot restore through HA/);
  const noDir = edit(base, (d) => delete configOf(d)['execution.checkpointing.savepoint-dir']);
  const cancelled = change(noDir, edit(noDir, (d) => (specOf(d).flinkVersion = 'v2_0')));
  assert.equal(cancelled.state, 'last-checkpoint');
  assert.match(cancelled.action, /^cancels the job/);
});

test('savepointRedeployNonce cancels without a savepoint and discards the current state (or is rejected without a path)', () => {
  const c = change(application(), edit(application(), withJob((j) => Object.assign(j, { savepointRedeployNonce: 1, initialSavepointPath: 's3://sp/7' }))));
  assert.equal(c.class, 'savepoint-redeploy');
  assert.equal(c.state, 'initial-savepoint');
  assert.match(c.action, /redeploys it from initialSavepointPath s3:\/\/sp\/7: discards the job's current state/);
  const rejected = change(application(), edit(application(), withJob((j) => (j.savepointRedeployNonce = 1))));
  assert.equal(rejected.class, 'rejected');
  assert.match(rejected.action, /InitialSavepointPath must not be empty for savepoint redeployment/);
});

test('job.state: suspend and resume follow §5', () => {
  const lastState = application((s) => ((s.job as Obj).upgradeMode = 'last-state'));
  const suspended = edit(lastState, withJob((j) => (j.state = 'suspended')));
  const s = change(lastState, suspended);
  assert.equal(s.headline, 'suspends the job');
  assert.equal(s.state, 'last-checkpoint');
  const r = change(suspended, lastState);
  assert.equal(r.headline, 'resumes from the last checkpoint');
  const freshStart = edit(lastState, withJob((j) => (j.upgradeMode = 'stateless')));
  assert.equal(change(suspended, freshStart).headline, 'resumes without state', 'the new spec wins only when it says stateless');
  const savepointResume = change(edit(suspended, withJob((j) => (j.upgradeMode = 'savepoint'))), edit(lastState, withJob((j) => (j.upgradeMode = 'last-state'))));
  assert.equal(savepointResume.headline, 'resumes from its savepoint', 'a job suspended with a savepoint resumes from it');
  const still = change(suspended, edit(suspended, (d) => (specOf(d).image = 'flink:new')));
  assert.equal(still.headline, 'no effect while suspended');
});

test('V-4: changing flinkVersion after a last-state suspend is rejected', () => {
  const suspended = application((s) => Object.assign(s.job as Obj, { upgradeMode: 'last-state', state: 'suspended' }));
  const c = change(suspended, edit(suspended, (d) => (specOf(d).flinkVersion = 'v2_0')));
  assert.equal(c.class, 'rejected');
  assert.match(c.action, /Changing flinkVersion after last-state suspend is not allowed/);
});

test('switching between session and application cluster is rejected', () => {
  assert.match(change(application(), sessionCluster()).action, /Cannot switch from job to session cluster/);
  assert.match(change(sessionCluster(), application()).action, /Cannot switch from session to job cluster/);
  assert.match(change(application((s) => (s.mode = 'standalone')), application()).action, /Cannot switch from standalone kubernetes to native kubernetes cluster/);
});

test('session cluster: any restart-class change deletes and recreates it, with every job on it', () => {
  const jobs = [sessionJob(undefined, 'fraud'), sessionJob(undefined, 'alerts')];
  const before = yamlOf(sessionCluster(), ...jobs);
  const after = yamlOf(edit(sessionCluster(), (d) => (specOf(d).image = 'flink:new')), ...jobs);
  const [c] = changes(before, after);
  assert.equal(c?.headline, 'restarts the session cluster and all its jobs');
  assert.equal(c?.action, 'deletes and recreates the session cluster: every job on it restarts');
  assert.deepEqual(c?.conditions[0], 'session jobs on it: fraud, alerts');
  assert.match(c?.conditions[1] ?? '', /HA metadata is kept/);
  assert.equal(c?.state, 'last-checkpoint');
  const noHa = (d: Obj) => (configOf(d)['high-availability.type'] = 'NONE');
  const lost = change(edit(sessionCluster(), noHa), edit(sessionCluster(), (d) => { noHa(d); specOf(d).image = 'flink:new'; }));
  assert.equal(lost.state, 'discarded');
});

test('standalone session cluster: replicas scale only under reactive mode (the operator checks the whole spec, never null)', () => {
  const base = sessionCluster((s) => { s.mode = 'standalone'; (s.taskManager as Obj).replicas = 2; });
  const more = (d: Obj) => ((specOf(d).taskManager as Obj).replicas = 3);
  const c = change(base, edit(base, more));
  assert.equal(c.class, 'scale');
  assert.equal(c.headline, 'restarts the session cluster and all its jobs');
  const reactive = edit(base, (d) => (configOf(d)['scheduler-mode'] = 'reactive'));
  assert.equal(change(reactive, edit(reactive, more)).headline, 'rescales in place');
});

test('session job: an upgrade restarts only the job; last-state cancels and restores from the last checkpoint', () => {
  const cluster = sessionCluster();
  const job = sessionJob((s) => ((s.job as Obj).upgradeMode = 'last-state'));
  const [c] = changes(yamlOf(cluster, job), yamlOf(cluster, edit(job, withJob((j) => (j.jarURI = 'https://example.com/v2.jar')))));
  assert.equal(c?.kind, 'FlinkSessionJob');
  assert.equal(c?.action, 'cancels the job and restores it from its latest checkpoint in session cluster test-cluster (the cluster keeps running)');
  const standalone = sessionCluster((s) => (s.mode = 'standalone'));
  const [p] = changes(yamlOf(standalone, job), yamlOf(standalone, edit(job, withJob((j) => (j.parallelism = 3)))));
  assert.equal(p?.class, 'scale');
  assert.match(p?.conditions[0] ?? '', /a session job has no TaskManager deployment of its own/);
});

test('session job in a native session cluster: overrides rescale in place under the cluster\'s adaptive scheduler', () => {
  const cluster = sessionCluster((s) => Object.assign(s.flinkConfiguration as Obj, { 'jobmanager.scheduler': 'adaptive' }));
  const job = sessionJob((s) => ((s.flinkConfiguration as Obj)['pipeline.jobvertex-parallelism-overrides'] = 'v1:2'));
  const [c] = changes(yamlOf(cluster, job), yamlOf(cluster, edit(job, (d) => (configOf(d)['pipeline.jobvertex-parallelism-overrides'] = 'v1:4'))));
  assert.equal(c?.class, 'scale');
  assert.equal(c?.headline, 'rescales in place');
  const [d] = changes(yamlOf(sessionCluster(), job), yamlOf(sessionCluster(), edit(job, (x) => (configOf(x)['pipeline.jobvertex-parallelism-overrides'] = 'v1:4'))));
  assert.match(d?.conditions[0] ?? '', /not in place because the running job does not use the adaptive scheduler/);
  assert.match(d?.action ?? '', /in session cluster test-cluster \(the cluster keeps running\)/);
});

test('session job without its cluster among the files: native mode is assumed and said', () => {
  const c = change(sessionJob(), edit(sessionJob(), withJob((j) => (j.parallelism = 3))));
  assert.equal(c.class, 'upgrade');
  assert.ok(c.conditions.some((x) => /assumes native mode: session cluster test-cluster is not among the files/.test(x)));
});

test('Blue/Green: patch, transition, suspend and resume', () => {
  const bg = (f: (spec: Obj) => void = () => undefined): Obj => {
    const inner = specOf(application());
    f(inner);
    return { apiVersion: 'flink.apache.org/v1beta1', kind: 'FlinkBlueGreenDeployment', metadata: { name: 'bg' }, spec: { template: { spec: inner } } };
  };
  assert.equal(change(bg(), bg((s) => ((s.flinkConfiguration as Obj)['kubernetes.operator.periodic.savepoint.interval'] = '1 h'))).headline, 'patches the active deployment');
  assert.equal(change(bg(), bg((s) => (s.image = 'flink:new'))).headline, 'switches to the other colour');
  assert.equal(change(bg(), bg((s) => ((s.job as Obj).state = 'suspended'))).headline, 'suspends the active deployment');
  assert.equal(change(bg((s) => ((s.job as Obj).state = 'suspended')), bg()).headline, 'resumes the active deployment');
  assert.equal(change(bg(), bg((s) => (s.image = 'flink:new')), { ...OPTIONS, operatorVersion: '1.13' }).headline, 'not handled');
});

test('session job without its cluster among the files: whether overrides rescale in place depends on the unknown cluster', () => {
  const job = sessionJob((s) => ((s.flinkConfiguration as Obj)['pipeline.jobvertex-parallelism-overrides'] = 'v1:2'));
  const c = change(job, edit(job, (d) => (configOf(d)['pipeline.jobvertex-parallelism-overrides'] = 'v1:4')));
  assert.equal(c.class, 'scale');
  assert.equal(c.headline, 'rescales in place or restarts');
  assert.equal(c.state, 'depends');
  assert.match(c.action, /if what is unknown allows it \(the Flink version \(1\.18 or newer needed\) and scheduler \(adaptive needed\) of session cluster test-cluster, which is not among the files\)/);
  assert.ok(!c.conditions.some((x) => /does not use the adaptive scheduler/.test(x)), c.conditions.join('|'));
  const own = edit(job, (d) => (configOf(d)['jobmanager.scheduler'] = 'default'));
  const ruledOut = change(own, edit(own, (d) => (configOf(d)['pipeline.jobvertex-parallelism-overrides'] = 'v1:4')));
  assert.match(ruledOut.conditions[0] ?? '', /not in place because the running job does not use the adaptive scheduler/, 'the job\'s own configuration wins over the cluster\'s');
});
