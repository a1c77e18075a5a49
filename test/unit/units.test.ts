/** Size and quantity syntax as Flink and the operator read it (flink-semantics.md §5.1, TV-14..TV-16). */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFlinkMemorySize } from '../../server/src/core/units/memory-size';
import { parseResourceMemory } from '../../server/src/core/units/resource-memory';
import { parseQuantity } from '../../server/src/core/units/quantity';
import { toNumber, toPlainString } from '../../server/src/core/units/decimal';
import { fractionOf, javaFloat } from '../../server/src/core/units/java-float';

const GIB = 2n ** 30n;
const MIB = 2n ** 20n;

function bytes(text: string): bigint | string {
  const r = parseResourceMemory(text).result;
  return r.ok ? r.bytes : 'error';
}

test('TV-14: Flink units are binary, m is mebibytes', () => {
  for (const t of ['2g', '2G', '2gb', '2 g', '2gib']) assert.equal(bytes(t), 2n * GIB, t);
  assert.equal(bytes('2048m'), 2n * GIB);
  assert.equal(bytes('1024m'), GIB);
  assert.equal(bytes('512m'), 512n * MIB);
});

test('TV-15: Kubernetes binary suffixes go through the fallback', () => {
  for (const t of ['2Gi', '2 Gi', '2gi', '2048Mi']) assert.equal(bytes(t), 2n * GIB, t);
  assert.equal(bytes('512mi'), 512n * MIB);
  assert.equal(bytes('1024mi'), GIB);
  assert.equal(parseResourceMemory('2Gi').path, 'kubernetes');
  assert.equal(parseResourceMemory('2048m').path, 'flink');
});

test('TV-16: plain bytes and the exponent form', () => {
  for (const t of ['1000000b', '1000000 b', '1e6', '1e6 b']) assert.equal(bytes(t), 1000000n, t);
  assert.equal(bytes('100'), 100n);
});

test('decimals, signs and junk do not parse (§5.1)', () => {
  for (const t of ['1.5Gi', '0.5G', '1.5g', 'invalid', 'abc', '-2Gi', '', '  ']) assert.equal(bytes(t), 'error', t);
  assert.match((parseResourceMemory('1.5Gi').result as { error: string }).error, /1610612736\.0/);
  assert.match((parseResourceMemory('0.5G').result as { error: string }).error, /500000000\.0/);
  assert.equal(bytes('1E3'), 1000n);
});

test('Flink MemorySize accepts unit words and rejects unknown units', () => {
  assert.deepEqual(parseFlinkMemorySize('3 mebibytes'), { ok: true, bytes: 3n * MIB });
  assert.deepEqual(parseFlinkMemorySize('1 tb'), { ok: true, bytes: 1024n * GIB });
  assert.equal(parseFlinkMemorySize('2 Gi').ok, false);
  assert.equal(parseFlinkMemorySize('9223372036854775808').ok, false);
  assert.equal(parseFlinkMemorySize('9223372036854775807').ok, true);
});

test('Kubernetes quantities: cpu milli, binary and decimal suffixes, exponents', () => {
  const amount = (t: string) => {
    const q = parseQuantity(t);
    return q.ok ? toNumber(q.amount) : 'error';
  };
  assert.equal(amount('500m'), 0.5);
  assert.equal(amount('1'), 1);
  assert.equal(amount('2.5'), 2.5);
  assert.equal(amount('4Gi'), 4 * 2 ** 30);
  assert.equal(amount('2048m'), 2.048);
  assert.equal(amount('1E6'), 1e6);
  assert.equal(amount('2E'), 2e18);
  assert.equal(amount('abc'), 'error');
  assert.equal(amount('2g'), 'error');
  const q = parseQuantity('1.5Gi');
  assert.ok(q.ok && toPlainString(q.amount) === '1610612736.0');
});

test('Java float fractions widen like Flink (§5.4.2)', () => {
  assert.equal(javaFloat(0.1), 0.10000000149011612);
  assert.equal(javaFloat(0.4), 0.4000000059604645);
  assert.equal(fractionOf(1073741824n, javaFloat(0.1)), 107374184n);
  assert.equal(fractionOf(603979776n, javaFloat(0.4)), 241591914n);
});
