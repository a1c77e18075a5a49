/**
 * losesState comes from the same place as the words that say state is discarded, so the flag
 * and the sentence never disagree (savepoint-carried state, session jobs, session clusters).
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { application, change, changes, configOf, jobOf, sessionCluster, sessionJob, specOf, yamlOf, Obj, OPTIONS } from '../../support/changes';
import { restartNote } from '../../../server/src/core/changes/edit-impact';

const edit = (d: Obj, f: (d: Obj) => void): Obj => {
  const copy = structuredClone(d);
  f(copy);
  return copy;
};

/** A savepoint-mode job that takes no checkpoints: its state lives in its operators and is carried by savepoints. */
const savepointJob = edit(application(), (d) => {
  jobOf(d).upgradeMode = 'savepoint';
  delete configOf(d)['execution.checkpointing.interval'];
});

test('a stateless upgrade of a job whose state savepoints carried discards it, though it takes no checkpoints', () => {
  const c = change(savepointJob, edit(savepointJob, (d) => { specOf(d).image = 'flink:new'; jobOf(d).upgradeMode = 'stateless'; }));
  assert.equal(c.state, 'discarded');
  assert.equal(c.losesState, true);
  assert.match(c.action, /: discards the job's state$/);
  assert.ok(c.fields.filter((f) => f.type !== 'ignore').every((f) => f.severity === 'warning'));
});

test('suspending such a job stateless discards its state too; a job without checkpoints or savepoint upgrades has none to lose', () => {
  const s = change(savepointJob, edit(savepointJob, (d) => Object.assign(jobOf(d), { upgradeMode: 'stateless', state: 'suspended' })));
  assert.equal(s.losesState, true);
  assert.match(s.action, /: discards the job's state$/);
  const plain = application();
  const p = change(plain, edit(plain, (d) => (jobOf(d).state = 'suspended')));
  assert.equal(p.state, 'discarded');
  assert.equal(p.losesState, false);
  assert.doesNotMatch(p.action, /discards/);
});

test('a session job\'s savepointRedeployNonce without initialSavepointPath redeploys without state and says it loses it', () => {
  const job = sessionJob((s) => ((s.job as Obj).upgradeMode = 'savepoint'));
  const [c] = changes(yamlOf(sessionCluster(), job), yamlOf(sessionCluster(), edit(job, (d) => (jobOf(d).savepointRedeployNonce = 1))));
  assert.equal(c?.class, 'savepoint-redeploy');
  assert.match(c?.action ?? '', /discards the job's state/);
  assert.equal(c?.losesState, true);
});

test('resuming stateless what was suspended with its state discards that state, and says so', () => {
  const suspended = edit(application(), (d) => Object.assign(jobOf(d), { upgradeMode: 'savepoint', state: 'suspended' }));
  const c = change(suspended, edit(suspended, (d) => Object.assign(jobOf(d), { upgradeMode: 'stateless', state: 'running' })));
  assert.equal(c.losesState, true);
  assert.match(c.action, /discards the state it was suspended with/);
});

test('recreating a session cluster without HA loses its jobs\' running state, and says so (§7); with HA it does not', () => {
  const noHa = (d: Obj) => delete configOf(d)['high-availability.type'];
  const jobs = [sessionJob(undefined, 'fraud')];
  const [c] = changes(yamlOf(edit(sessionCluster(), noHa), ...jobs), yamlOf(edit(sessionCluster(), (d) => { noHa(d); specOf(d).image = 'flink:new'; }), ...jobs));
  assert.equal(c?.state, 'discarded');
  assert.equal(c?.losesState, true);
  assert.match(c?.action ?? '', /without high availability, loses its running state$/);
  assert.ok(c?.fields.every((f) => f.severity === 'warning'));
  const withHa = change(sessionCluster(), edit(sessionCluster(), (d) => (specOf(d).image = 'flink:new')));
  assert.equal(withHa.losesState, false);
});

test('a quick fix that recreates a session cluster without HA says it restarts its jobs without their state', () => {
  const text = yamlOf(edit(sessionCluster(), (d) => delete configOf(d)['high-availability.type']));
  const at = text.indexOf('flink:latest');
  assert.equal(restartNote(text, [{ span: { start: at, end: at + 'flink:latest'.length }, newText: 'flink:new' }], OPTIONS), 'restarts every job of the session cluster without its state');
  const ha = yamlOf(sessionCluster());
  const h = ha.indexOf('flink:latest');
  assert.equal(restartNote(ha, [{ span: { start: h, end: h + 12 }, newText: 'flink:new' }], OPTIONS), 'restarts every job of the session cluster');
});
