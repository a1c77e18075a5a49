/** The copy detector behind test/shared/option-texts-original: it must catch copies and pass our own wording. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overlap, words } from '../support/overlap';

const UPSTREAM = 'The number of parallel operator or user function instances that a single TaskManager can run. If this value is larger than 1, a single TaskManager takes multiple instances of a function or operator.';

test('a copied sentence is caught, even with its articles changed', () => {
  const copy = overlap('Sets the number of parallel operator or user function instances that one TaskManager can run.', UPSTREAM);
  assert.ok(copy.run >= 6, copy.phrase);
  const reworded = overlap('Number of parallel operator instances or user function instances one single TaskManager can run.', UPSTREAM);
  assert.ok(reworded.contentRun >= 4 || reworded.trigramShare > 0.3, JSON.stringify(reworded));
});

test('our own wording of the same fact passes', () => {
  const ours = overlap('How many slots each TaskManager pod offers; with replicas set the operator multiplies them into the job parallelism.', UPSTREAM);
  assert.ok(ours.run < 6 && ours.contentRun < 4 && ours.trigramShare < 0.2, JSON.stringify(ours));
});

test('key names, values and code are barriers, not shared words', () => {
  const b = '\u0000';
  assert.deepEqual(words('Set `taskmanager.numberOfTaskSlots` to 4 or taskmanager.memory.process.size: 2g, RETAIN_ON_CANCELLATION or NONE'), ['set', b, 'to', b, 'or', b, b, b, 'or', b]);
  assert.equal(overlap('it is one of NONE or the', 'it is one of LEVEL or the').run, 4);
});
