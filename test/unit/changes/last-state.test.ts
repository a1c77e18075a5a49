/**
 * Last-state stops as AbstractJobReconciler#getJobUpgrade makes them: through the HA metadata
 * (LAST_STATE recorded) only for an application with HA and job-cancel off; a session job, an
 * application without HA or with job-cancel.enabled is cancelled (SAVEPOINT recorded, the latest
 * checkpoint as its path), which the resume and the V-4 check then follow.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { application, change, changes, configOf, jobOf, sessionCluster, sessionJob, specOf, yamlOf, Obj } from '../../support/changes';

const edit = (d: Obj, f: (d: Obj) => void): Obj => {
  const copy = structuredClone(d);
  f(copy);
  return copy;
};
const lastState = (extra: Record<string, string> = {}) => edit(application(), (d) => { jobOf(d).upgradeMode = 'last-state'; Object.assign(configOf(d), extra); });
const suspended = (d: Obj) => edit(d, (x) => (jobOf(x).state = 'suspended'));
const noHa = { 'high-availability.type': 'NONE' };
const cancel = { 'kubernetes.operator.job.upgrade.last-state.job-cancel.enabled': 'true' };

test('an application without HA, or with job-cancel.enabled, is cancelled on a last-state suspend: the JobManager is not said to be deleted', () => {
  for (const extra of [noHa, cancel]) {
    const c = change(lastState(extra), suspended(lastState(extra)));
    assert.equal(c.headline, 'suspends the job');
    assert.equal(c.state, 'last-checkpoint');
    assert.match(c.action, /^cancels the job and records its latest checkpoint to resume from \(no HA metadata is kept or needed\)/);
    assert.doesNotMatch(c.action, /JobManager is deleted/);
  }
  const ha = change(lastState(), suspended(lastState()));
  assert.match(ha.action, /the JobManager is deleted, HA metadata kept/);
  assert.match(ha.conditions[0] ?? '', /if the HA metadata is missing, the operator cancels the job instead/);
});

test('a session job\'s last-state suspend cancels the job in its cluster and its resume needs no HA metadata', () => {
  const job = sessionJob((s) => ((s.job as Obj).upgradeMode = 'last-state'));
  const [s] = changes(yamlOf(sessionCluster(), job), yamlOf(sessionCluster(), suspended(job)));
  assert.match(s?.action ?? '', /^cancels the job in session cluster test-cluster \(the cluster keeps running\) and records its latest checkpoint/);
  assert.doesNotMatch(s?.action ?? '', /JobManager/);
  const [r] = changes(yamlOf(sessionCluster(), suspended(job)), yamlOf(sessionCluster(), job));
  assert.equal(r?.headline, 'resumes from the last checkpoint');
  assert.match(r?.action ?? '', /no HA metadata needed/);
  assert.doesNotMatch(r?.action ?? '', /HA metadata from the suspension must still be there/);
});

test('resuming an application that was cancelled at suspension needs no HA metadata; one suspended through HA does', () => {
  const r = change(suspended(lastState(noHa)), lastState(noHa));
  assert.match(r.action, /recorded when it was cancelled at suspension \(no HA metadata needed\)/);
  assert.match(change(suspended(lastState()), lastState()).action, /the HA metadata from the suspension must still be there/);
});

test('V-4 rejects a flinkVersion change only after a suspend recorded as LAST_STATE (HA on, job-cancel off)', () => {
  const upgrade = (d: Obj) => edit(d, (x) => { specOf(x).flinkVersion = 'v2_0'; specOf(x).image = 'flink:2.0'; jobOf(x).state = 'running'; });
  for (const extra of [noHa, cancel]) {
    const c = change(suspended(lastState(extra)), upgrade(lastState(extra)));
    assert.notEqual(c.class, 'rejected', JSON.stringify(extra));
    assert.equal(c.headline, 'resumes from the last checkpoint');
  }
  const withHa = change(suspended(lastState()), upgrade(lastState()));
  assert.equal(withHa.class, 'rejected');
  assert.match(withHa.action, /Changing flinkVersion after last-state suspend is not allowed/);
});

test('suspending a last-state job while changing flinkVersion stops it with a savepoint when a savepoint directory is set, else cancels it', () => {
  const newVersion = (d: Obj) => edit(suspended(d), (x) => { specOf(x).flinkVersion = 'v2_0'; specOf(x).image = 'flink:2.0'; });
  const s = change(lastState(), newVersion(lastState()));
  assert.equal(s.headline, 'suspends the job with a savepoint');
  assert.equal(s.state, 'savepoint');
  assert.match(s.action, /^stops the job with a savepoint and deploys nothing while it is suspended \(a Flink version change cannot restore through HA metadata\)$/);
  const noDir = lastState();
  delete configOf(noDir)['execution.checkpointing.savepoint-dir'];
  const c = change(noDir, newVersion(noDir));
  assert.equal(c.state, 'last-checkpoint');
  assert.match(c.action, /^cancels the job, records its latest checkpoint to resume from and deploys nothing while it is suspended/);
  assert.doesNotMatch(c.action, /JobManager is deleted/);
});
