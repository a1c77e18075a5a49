/**
 * Change impact on any input: every corpus file against itself (no change), against nothing (only
 * deletes), against random cuts and random resources; hostile texts (alias bombs, deep nesting).
 * No exception, every span inside its text, every class and state one of the documented values.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { changes } from '../../support/changes';
import { flinkCorpus } from '../../support/corpus-files';
import { budget } from '../../support/fuzz';
import { aliasBomb, deepBlock, deepFlow, VALID } from '../../support/hostile-texts';
import { CHANGE_CLASSES, ResourceChange } from '../../../server/src/core/changes/types';

const STATES = ['kept', 'savepoint', 'last-checkpoint', 'initial-savepoint', 'discarded', 'depends', 'none'];

function checked(before: string, after: string): ResourceChange[] {
  const list = changes(before, after);
  for (const c of list) {
    assert.ok(CHANGE_CLASSES.includes(c.class) && c.class !== 'none', c.class);
    assert.ok(STATES.includes(c.state), c.state);
    assert.ok(c.headline && c.action, 'words for every change');
    const inside = (s: { start: number; end: number } | undefined, text: string) => !s || (s.start >= 0 && s.start <= s.end && s.end <= text.length);
    assert.ok(inside(c.span, after) && inside(c.baseSpan, before));
    for (const f of c.fields) assert.ok(inside(f.span, after) && inside(f.baseSpan, before), f.path);
    for (const f of c.findings) assert.ok(inside(f.span, after), f.message);
  }
  return list;
}

test('every corpus file: no change against itself, only deletes against an empty text', () => {
  const corpus = flinkCorpus();
  assert.ok(corpus.length >= 8);
  for (const { name, text } of corpus) {
    assert.deepEqual(checked(text, text), [], name);
    assert.ok(checked(text, '').every((c) => c.class === 'delete'), name);
    assert.ok(checked('', text).every((c) => c.class === 'create'), name);
  }
});

test('every corpus file cut at random places, compared both ways', () => {
  const corpus = flinkCorpus();
  fc.assert(fc.property(fc.integer({ min: 0, max: corpus.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (i, cut) => {
    const text = corpus[i]?.text ?? '';
    const cutText = text.slice(0, Math.floor(text.length * cut));
    checked(text, cutText);
    checked(cutText, text);
  }), budget(40));
});

test('random resources: any two compare without an exception', () => {
  const scalar = fc.oneof(fc.integer({ min: -3, max: 300 }), fc.constantFrom('2g', '{{ .Values.x }}', 'native', 'standalone', 'last-state', 'savepoint', 'suspended', 'adaptive', 'reactive', ''), fc.boolean(), fc.constant(null));
  const job = fc.record({ parallelism: scalar, upgradeMode: scalar, state: scalar, savepointRedeployNonce: scalar, initialSavepointPath: scalar, jarURI: scalar }, { requiredKeys: [] });
  const spec = fc.record({ mode: scalar, flinkVersion: fc.constantFrom('v1_17', 'v1_20', 'v2_0', 'x'), job: fc.oneof(job, scalar), taskManager: fc.oneof(fc.record({ replicas: scalar, resource: fc.record({ memory: scalar }) }, { requiredKeys: [] }), scalar), flinkConfiguration: fc.oneof(fc.dictionary(fc.constantFrom('jobmanager.scheduler', 'scheduler-mode', 'pipeline.jobvertex-parallelism-overrides', 'high-availability.type', 'parallelism.default'), scalar), scalar) }, { requiredKeys: [] });
  const resource = fc.record({ apiVersion: fc.constant('flink.apache.org/v1beta1'), kind: fc.constantFrom('FlinkDeployment', 'FlinkSessionJob', 'FlinkBlueGreenDeployment'), metadata: fc.record({ name: fc.constantFrom('a', 'b') }), spec });
  fc.assert(fc.property(resource, resource, (a, b) => void checked(stringify(a), stringify(b))), budget(60));
});

test('hostile texts: alias bombs and deep nesting compare without an exception', () => {
  for (const text of [aliasBomb(6), aliasBomb(10), deepBlock(2000), deepFlow(5000)]) {
    checked(VALID, text);
    checked(text, VALID);
    checked(text, text);
  }
});
