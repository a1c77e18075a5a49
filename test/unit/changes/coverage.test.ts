/**
 * audit D11: the operator releases the change rules cover. spec-changes.md §6 models 1.1 (whole
 * specs compared: AbstractFlinkResourceReconciler#reconcile at release-1.1.0 upgrades on any
 * `!equals`) and 1.2 to 1.16 (ReflectiveDiffBuilder with the @SpecDiff annotations of each tag).
 * Older targets get no prediction, newer ones 1.16's with a statement on every change.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeCoverage } from '../../../server/src/core/changes/coverage';
import { application, change, changes, configOf, yamlOf, Obj, OPTIONS } from '../../support/changes';

const moreSlots = (d: Obj): Obj => {
  const copy = structuredClone(d);
  configOf(copy)['taskmanager.numberOfTaskSlots'] = '4';
  return copy;
};

test('the modelled range: 1.1 to 1.16, patch releases included', () => {
  for (const v of ['1.1', '1.1.0', '1.2', '1.9', '1.10', '1.16', '1.16.3']) assert.deepEqual(changeCoverage(v), { kind: 'modelled' }, v);
});

test('older or unreadable targets are not predicted, and say why', () => {
  assert.deepEqual(changeCoverage('1.0'), { kind: 'unmodelled', note: 'change impact is modelled for operator 1.1 to 1.16; operator 1.0 is older' });
  assert.equal(changeCoverage('0.1.0').kind, 'unmodelled');
  assert.deepEqual(changeCoverage('latest'), { kind: 'unmodelled', note: 'change impact is modelled for operator 1.1 to 1.16; "latest" is not an operator release such as 1.16' });
  assert.deepEqual(changes(yamlOf(application()), yamlOf(moreSlots(application())), { ...OPTIONS, operatorVersion: '1.0' }), []);
});

test('a newer target gets 1.16\'s answer, with the statement first among the conditions', () => {
  const modelled = change(application(), moreSlots(application()));
  for (const v of ['1.17', '2.0.1']) {
    const newer = change(application(), moreSlots(application()), { ...OPTIONS, operatorVersion: v });
    assert.equal(newer.class, modelled.class);
    assert.equal(newer.action, modelled.action);
    assert.deepEqual(newer.conditions, [`operator ${v} is newer than 1.16, the newest release modelled: this is what 1.16 does, and ${v} may differ`, ...modelled.conditions]);
  }
  assert.ok(!modelled.conditions.some((c) => c.includes('newest release modelled')));
});
