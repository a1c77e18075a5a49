/**
 * audit D10: parallelism overrides written as a nested map. ConfigObjectNode#asFlatMap turns
 * `pipeline.jobvertex-parallelism-overrides: {v1: 4}` into the key
 * `pipeline.jobvertex-parallelism-overrides.v1`, which ReflectiveDiffBuilder classifies by its
 * prefix (SCALE in native mode) like the flat key. NativeFlinkService#scale then reads the map
 * option through Flink's Configuration#getRawValue: the exact key when set, else every
 * `<key>.<vertex>` entry. So the nested form rescales in place like the flat one.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overridesOf } from '../../../server/src/core/changes/scale';
import { Opaque } from '../../../server/src/core/changes/types';
import { application, change, Obj } from '../../support/changes';

const KEY = 'pipeline.jobvertex-parallelism-overrides';
const adaptive = (overrides: unknown, extra: Obj = {}) => application((s) => Object.assign(s.flinkConfiguration as Obj, { 'jobmanager.scheduler': 'adaptive', [KEY]: overrides, ...extra }));

test('Flink reads the exact key first, else the prefixed entries', () => {
  assert.deepEqual(overridesOf(new Map([[KEY, 'v1:4, v2:2']])), new Map([['v1', '4'], ['v2', '2']]));
  assert.deepEqual(overridesOf(new Map([[`${KEY}.v1`, '4'], [`${KEY}.v2`, '2'], ['other', 'x']])), new Map([['v1', '4'], ['v2', '2']]));
  assert.deepEqual(overridesOf(new Map([[KEY, 'v1:8'], [`${KEY}.v2`, '2']])), new Map([['v1', '8']]), 'the exact key wins');
  assert.deepEqual(overridesOf(new Map()), new Map());
  assert.equal(overridesOf(new Map<string, string | Opaque>([[`${KEY}.v1`, new Opaque('{{ .Values.p }}')]])), undefined);
});

test('a nested override map changing a vertex rescales in place, as the flat key does', () => {
  const nested = change(adaptive({ v1: 2 }), adaptive({ v1: 4 }));
  const flat = change(adaptive('v1:2'), adaptive('v1:4'));
  assert.equal(nested.class, 'scale');
  assert.equal(nested.headline, 'rescales in place');
  assert.equal(nested.headline, flat.headline);
  assert.deepEqual(nested.fields.map((f) => f.path), [`spec.flinkConfiguration.${KEY}.v1`]);
});

test('removing a vertex from the nested map restarts, naming the vertex', () => {
  const c = change(adaptive({ v1: 2, v2: 2 }), adaptive({ v1: 4 }));
  assert.equal(c.class, 'scale');
  assert.match(c.conditions[0] ?? '', /not in place because the override for vertex v2 is removed/);
});

test('switching between the flat and the nested form is a change (different flattened keys) that keeps the job running', () => {
  const c = change(adaptive('v1:4'), adaptive({ v1: 4 }));
  assert.equal(c.class, 'scale');
  assert.equal(c.headline, 'rescales in place');
});

test('the autoscaler note also covers the nested form', () => {
  const on = { 'job.autoscaler.enabled': 'true' };
  const c = change(adaptive({ v1: 2 }, on), adaptive({ v1: 4 }, on));
  assert.match(c.findings.map((f) => f.message).join('\n'), /The autoscaler is on/);
});
