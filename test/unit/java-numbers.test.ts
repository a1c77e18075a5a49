/**
 * Java's number parsing and printing, checked against vectors the JDK printed itself
 * (test/fixtures/java-numbers.json, made by scripts/java-vectors/JavaNumbers.java on JDK 17):
 * float options, fractions in messages and Flink's "%.3f" sizes depend on them.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJavaDouble, parseJavaFloat, parseJavaInt } from '../../server/src/core/units/java-number';
import { javaDoubleToString, javaFixed, javaFloatToString } from '../../server/src/core/units/java-format';

const vectors = JSON.parse(readFileSync(join(__dirname, '../../../test/fixtures/java-numbers.json'), 'utf8')) as {
  parse: Array<[string, string, string, string]>;
  doubles: Array<[string, string, string]>;
  fixed3: Array<[string, string, string]>;
};

function fromBits(bits: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigInt64(0, BigInt(bits));
  return view.getFloat64(0);
}

test('Float.parseFloat, Double.parseDouble and Integer.parseInt read text as the JDK does', () => {
  assert.ok(vectors.parse.length > 1000);
  for (const [text, float, double, int] of vectors.parse) {
    const f = parseJavaFloat(text);
    assert.equal(f === undefined ? 'error' : `${javaFloatToString(f)}|${javaDoubleToString(f)}`, float, `Float.parseFloat(${JSON.stringify(text)})`);
    const d = parseJavaDouble(text);
    assert.equal(d === undefined ? 'error' : javaDoubleToString(d), double, `Double.parseDouble(${JSON.stringify(text)})`);
    const i = parseJavaInt(text);
    assert.equal(i === undefined ? 'error' : String(i), int, `Integer.parseInt(${JSON.stringify(text)})`);
  }
});

test('Double.toString and Float.toString print as the JDK does', () => {
  for (const [bits, double, float] of vectors.doubles) {
    const d = fromBits(bits);
    // JDK 17 prints subnormals with extra digits; Flink's numbers are never subnormal.
    if (Math.abs(d) >= 2.2250738585072014e-308 || d === 0) assert.equal(javaDoubleToString(d), double, `Double.toString(${d})`);
    // Float.toString only prints option defaults (0.1, 0.4); JDK 17 differs from the shortest
    // digits for some floats above 1, which Flink never prints.
    if (Math.abs(d) < 1) assert.equal(javaFloatToString(d), float, `Float.toString((float) ${d})`);
  }
});

test('String.format("%.3f") of a size in a unit rounds as the JDK does', () => {
  for (const [bytes, unit, text] of vectors.fixed3) assert.equal(javaFixed(Number(bytes) / Number(unit), 3), text, `${bytes} / ${unit}`);
});

test('NaN and Infinity are read only bare: a type suffix after them is not a Java number', () => {
  for (const text of ['NaNf', 'NaNd', 'Infinityd', '-InfinityF']) {
    assert.equal(parseJavaDouble(text), undefined, text);
    assert.equal(parseJavaFloat(text), undefined, text);
  }
  assert.ok(Number.isNaN(parseJavaDouble('NaN')));
  assert.equal(parseJavaFloat('-Infinity'), -Infinity);
});
