// compareVersions keeps each version's parts once (versions/names.ts): cached or not, and past the
// cache's bound, every comparison equals the plain one, part by part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareVersions, operatorAtLeast } from '../../server/src/core/versions/names';

function plain(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const VERSIONS = ['1.9', '1.10', '1.13.1', '1.13', '1.16', '1.16.0', '2.0', '1', '', '1.x', '10.2.3.4', '0.1'];

test('compareVersions equals the plain comparison, the first time and when its parts are cached', () => {
  for (let round = 0; round < 2; round++) {
    for (const a of VERSIONS) for (const b of VERSIONS) assert.equal(Math.sign(compareVersions(a, b)), Math.sign(plain(a, b)), `${a} vs ${b}`);
  }
  assert.ok(compareVersions('1.9', '1.10') < 0);
  assert.equal(compareVersions('1.16', '1.16.0'), 0);
  assert.ok(operatorAtLeast('1.13.1', '1.13'));
  assert.ok(!operatorAtLeast('1.9', '1.10'));
});

test('past the cache bound (many distinct versions) comparisons stay exact', () => {
  const many = Array.from({ length: 1500 }, (_, i) => `1.${i}.${i % 7}`);
  for (let i = 1; i < many.length; i++) {
    const a = many[i - 1] as string;
    const b = many[i] as string;
    assert.equal(Math.sign(compareVersions(a, b)), Math.sign(plain(a, b)));
    assert.equal(Math.sign(compareVersions(b, a)), Math.sign(plain(b, a)));
  }
  // NaN parts (not numbers) compare as the plain code does, cached or not.
  assert.equal(Number.isNaN(compareVersions('1.x', '1.2')), Number.isNaN(plain('1.x', '1.2')));
});
