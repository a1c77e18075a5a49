/** `--set` as Helm's strvals reads it. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applySet, SetFlagError, typedValue } from '../../../server/src/core/helm/values/set-flag';

function set(...args: string[]): unknown {
  const m = new Map<string, unknown>();
  for (const a of args) applySet(m, a, '--set');
  return JSON.parse(JSON.stringify(m, (_k, v: unknown) => (v instanceof Map ? Object.fromEntries(v) : typeof v === 'bigint' ? `int:${v}` : v)));
}

test('dots nest, commas separate, braces make lists, indexes fill lists', () => {
  assert.deepEqual(set('a.b=c,d=1', 'l={x,y}', 'i[1].name=n'), { a: { b: 'c' }, d: 'int:1', l: ['x', 'y'], i: [null, { name: 'n' }] });
});

test('escapes keep commas and dots in values and keys', () => {
  assert.deepEqual(set('conf.state\\.backend\\.type=rocksdb', 'csv=a\\,b'), { conf: { 'state.backend.type': 'rocksdb' }, csv: 'a,b' });
});

test('values are typed like Helm: int64 without leading zeros, booleans, null; the rest strings', () => {
  assert.deepEqual([typedValue('42'), typedValue('0'), typedValue('007'), typedValue('1.5'), typedValue('TRUE'), typedValue('null'), typedValue('2g')], [42n, 0n, '007', '1.5', true, null, '2g']);
});

test('a key without a value is refused', () => {
  assert.throws(() => set('novalue'), SetFlagError);
});
