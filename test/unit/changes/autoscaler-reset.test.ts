/**
 * audit D9: job.autoscalerResetNonce. AbstractFlinkResourceReconciler#applyAutoscaler (operator
 * 1.11 to 1.16, unchanged) calls autoscaler.cleanup only when AUTOSCALER_ENABLED (job.autoscaler.enabled,
 * fallback kubernetes.operator.job.autoscaler.enabled, default false) is true in the observe
 * configuration: FlinkConfigManager#getObserveConfig, the deployed spec's configuration with the
 * current spec's job.autoscaler.* / kubernetes.operator.* keys written over it. Before 1.11 the
 * CRD has no such field (diff-rules.test.ts).
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { application, change, configOf, jobOf, sessionCluster, sessionJob, yamlOf, Obj, OPTIONS } from '../../support/changes';

const reset = (d: Obj): Obj => {
  const copy = structuredClone(d);
  jobOf(copy).autoscalerResetNonce = 1;
  return copy;
};
const withConfig = (entries: Obj) => application((s) => Object.assign(s.flinkConfiguration as Obj, entries));
const effect = (before: Obj, after: Obj, options = OPTIONS) => {
  const c = change(before, after, options);
  return { headline: c.headline, effect: c.fields.find((f) => f.path.endsWith('autoscalerResetNonce'))?.effect };
};

test('with the autoscaler off (the default) a reset nonce does nothing, and says so', () => {
  const off = effect(application(), reset(application()));
  assert.equal(off.headline, 'does nothing now');
  assert.equal(off.effect, 'does nothing: the autoscaler is off (job.autoscaler.enabled), and the operator resets it only while it is on');
  assert.equal(effect(withConfig({ 'job.autoscaler.enabled': 'false' }), reset(withConfig({ 'job.autoscaler.enabled': 'false' }))).headline, 'does nothing now');
});

test('with the autoscaler on it clears the autoscaler: by the key, its fallback key, or the operator defaults', () => {
  for (const on of [withConfig({ 'job.autoscaler.enabled': 'true' }), withConfig({ 'kubernetes.operator.job.autoscaler.enabled': 'TRUE' })]) {
    const e = effect(on, reset(on));
    assert.equal(e.headline, 'no restart');
    assert.match(e.effect ?? '', /^clears the autoscaler's history and parallelism overrides/);
  }
  const byDefaults = effect(application(), reset(application()), { ...OPTIONS, operatorDefaults: { 'job.autoscaler.enabled': 'true' } });
  assert.match(byDefaults.effect ?? '', /^clears the autoscaler's history/);
});

test('the observe configuration: the current spec\'s autoscaler keys win, a removed key keeps its deployed value', () => {
  const on = withConfig({ 'job.autoscaler.enabled': 'true' });
  const turnedOff = reset(on);
  configOf(turnedOff)['job.autoscaler.enabled'] = 'false';
  assert.match(effect(on, turnedOff).effect ?? '', /^does nothing: the autoscaler is off/);
  const removed = reset(on);
  delete configOf(removed)['job.autoscaler.enabled'];
  assert.match(effect(on, removed).effect ?? '', /^clears the autoscaler's history/, 'getConfig(deployedSpec) still has it');
});

test('a session job reads its cluster\'s configuration; without the cluster it depends', () => {
  const clusterOn = sessionCluster((s) => (s.flinkConfiguration = { 'job.autoscaler.enabled': 'true' }));
  const c = change(yamlOf(clusterOn, sessionJob()), yamlOf(clusterOn, reset(sessionJob())));
  assert.match(c.fields[0]?.effect ?? '', /^clears the autoscaler's history/);
  const alone = change(yamlOf(sessionJob()), yamlOf(reset(sessionJob())));
  assert.match(alone.fields[0]?.effect ?? '', /^if the autoscaler is on \(otherwise nothing\), clears/);
});

test('clearing the nonce triggers nothing, autoscaler on or off', () => {
  const on = reset(withConfig({ 'job.autoscaler.enabled': 'true' }));
  const cleared = structuredClone(on);
  jobOf(cleared).autoscalerResetNonce = null;
  assert.equal(effect(on, cleared).effect, 'does nothing: clearing a nonce triggers nothing');
});
