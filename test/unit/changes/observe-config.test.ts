/**
 * The operator stops and rescales the running job with its observe configuration: the deployed
 * spec's, with the new spec's kubernetes.operator.*, job.autoscaler.* and savepoint-directory keys
 * written over it (FlinkConfigManager#getObserveConfig).
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { application, change, configOf, specOf, Obj } from '../../support/changes';

const edit = (d: Obj, f: (d: Obj) => void): Obj => {
  const copy = structuredClone(d);
  f(copy);
  return copy;
};
const IN_PLACE = 'kubernetes.operator.job.upgrade.inplace-scaling.enabled';
const CANCEL = 'kubernetes.operator.job.upgrade.last-state.job-cancel.enabled';

test('in-place scaling turned on by the same edit applies to it; turned off by it, it falls back to an upgrade', () => {
  const base = application((s) => Object.assign(s.flinkConfiguration as Obj, { 'jobmanager.scheduler': 'adaptive', 'pipeline.jobvertex-parallelism-overrides': 'v1:2', [IN_PLACE]: 'false' }));
  const on = change(base, edit(base, (d) => Object.assign(configOf(d), { 'pipeline.jobvertex-parallelism-overrides': 'v1:4', [IN_PLACE]: 'true' })));
  assert.equal(on.headline, 'rescales in place');
  const running = edit(base, (d) => delete configOf(d)[IN_PLACE]);
  const off = change(running, edit(running, (d) => Object.assign(configOf(d), { 'pipeline.jobvertex-parallelism-overrides': 'v1:4', [IN_PLACE]: 'false' })));
  assert.match(off.conditions[0] ?? '', /inplace-scaling\.enabled is false/);
  const removed = change(base, edit(base, (d) => { delete configOf(d)[IN_PLACE]; configOf(d)['pipeline.jobvertex-parallelism-overrides'] = 'v1:4'; }));
  assert.match(removed.conditions[0] ?? '', /inplace-scaling\.enabled is false/, 'a removed key keeps its deployed value');
});

test('last-state job-cancel.enabled set by the same edit decides how the job is stopped', () => {
  const base = application((s) => ((s.job as Obj).upgradeMode = 'last-state'));
  const c = change(base, edit(base, (d) => { specOf(d).image = 'flink:new'; configOf(d)[CANCEL] = 'true'; }));
  assert.match(c.action, /^cancels the job/);
});

test('a savepoint directory added with a Flink version change gives that change its savepoint', () => {
  const base = application((s) => ((s.job as Obj).upgradeMode = 'last-state'));
  const noDir = edit(base, (d) => delete configOf(d)['execution.checkpointing.savepoint-dir']);
  const c = change(noDir, edit(noDir, (d) => { specOf(d).flinkVersion = 'v2_0'; configOf(d)['state.savepoints.dir'] = 's3://sp'; }));
  assert.equal(c.state, 'savepoint');
  const dropped = change(base, edit(base, (d) => { specOf(d).flinkVersion = 'v2_0'; delete configOf(d)['execution.checkpointing.savepoint-dir']; }));
  assert.equal(dropped.state, 'savepoint', 'a removed directory keeps its deployed value');
});
