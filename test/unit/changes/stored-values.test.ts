/**
 * flinkConfiguration values as the operator compares them (audit D6, D7): go-yaml v2's YAML 1.1
 * resolution, the API server's JSON (encoding/json's float text), Jackson's asText; an empty
 * list writes no key (ConfigObjectNode#flattenHelper iterates its elements).
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goJsonFloat, parseGoInteger } from '../../../server/src/core/units/go-number';
import { kubectlScalar } from '../../../server/src/core/yaml/kubectl-scalar';
import { change, changes } from '../../support/changes';

test('encoding/json float text: ES6 number-to-string, exponents from 1e21 and below 1e-6, unpadded; whole floats without a fraction; -0', () => {
  const vectors: [number, string][] = [
    [1, '1'], [0.4, '0.4'], [100, '100'], [-2.5, '-2.5'], [0.1 + 0.2, '0.30000000000000004'],
    [1e20, '100000000000000000000'], [1e21, '1e+21'], [2.5e21, '2.5e+21'], [123456789.125, '123456789.125'],
    [1e-6, '0.000001'], [1e-7, '1e-7'], [1.5e-7, '1.5e-7'], [5e-324, '5e-324'], [1.7976931348623157e308, '1.7976931348623157e+308'],
    [-1e-10, '-1e-10'], [0, '0'], [-0, '-0'], [2 ** 64, '18446744073709552000'],
  ];
  for (const [value, text] of vectors) assert.equal(goJsonFloat(value), text, String(value));
});

test('Go integers with base 0: prefixes, a leading 0 for octal, int64 then uint64 without a sign', () => {
  assert.deepEqual(parseGoInteger('0x1F'), { value: 31n, unsigned: false });
  assert.deepEqual(parseGoInteger('-0o17'), { value: -15n, unsigned: false });
  assert.deepEqual(parseGoInteger('0B101'), { value: 5n, unsigned: false });
  assert.deepEqual(parseGoInteger('007'), { value: 7n, unsigned: false });
  assert.equal(parseGoInteger('08'), undefined, 'not an octal digit');
  assert.deepEqual(parseGoInteger('18446744073709551615'), { value: 18446744073709551615n, unsigned: true });
  assert.equal(parseGoInteger('+18446744073709551615'), undefined, 'ParseUint takes no sign');
  assert.equal(parseGoInteger('18446744073709551616'), undefined);
  assert.deepEqual(parseGoInteger(`0${'0'.repeat(80)}7`), { value: 7n, unsigned: false });
});

test('go-yaml v2 resolves unquoted scalars YAML 1.1 style', () => {
  const kinds = (t: string) => { const v = kubectlScalar(t); return 'value' in v ? [v.kind, v.value] : [v.kind]; };
  assert.deepEqual(kinds('yes'), ['bool', true]);
  assert.deepEqual(kinds('On'), ['bool', true]);
  assert.deepEqual(kinds('n'), ['bool', false]);
  assert.deepEqual(kinds('~'), ['null']);
  assert.deepEqual(kinds('1.0'), ['float', 1]);
  assert.deepEqual(kinds('.5'), ['float', 0.5]);
  assert.deepEqual(kinds('1e3'), ['string', '1e3'], 'an exponent needs its sign');
  assert.deepEqual(kinds('1e+3'), ['float', 1000]);
  assert.deepEqual(kinds('1.'), ['string', '1.']);
  assert.deepEqual(kinds('08'), ['float', 8]);
  assert.deepEqual(kinds('010'), ['int', 8n]);
  assert.deepEqual(kinds('1_000'), ['int', 1000n]);
  assert.deepEqual(kinds('1e+999'), ['string', '1e+999'], 'out of range: ParseFloat fails');
  assert.deepEqual(kinds('12:30'), ['string', '12:30']);
  assert.deepEqual(kinds('2024-01-02'), ['string', '2024-01-02']);
  assert.deepEqual(kinds('+.inf'), ['float', Infinity]);
});

const config = (lines: string) => `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: orders
spec:
  image: flink:1.20
  flinkVersion: v1_20
  serviceAccount: flink
  flinkConfiguration:
    taskmanager.numberOfTaskSlots: "2"
${lines.split('\n').map((l) => `    ${l}`).join('\n')}
  job:
    jarURI: local:///opt/job.jar
    parallelism: 4
`;
const same = (a: string, b: string) => assert.deepEqual(changes(config(a), config(b)), [], `${a} → ${b}`);
const differs = (a: string, b: string, before: unknown, after: unknown) => {
  const c = change(config(a), config(b));
  assert.equal(c.class, 'upgrade', `${a} → ${b}`);
  assert.deepEqual([c.fields[0]?.before, c.fields[0]?.after], [before, after], `${a} → ${b}`);
};

test('numbers compare as the API server stores them and Jackson prints them', () => {
  same('a.b: 1.0', 'a.b: 1');
  same('taskmanager.memory.managed.fraction: 0.40', 'taskmanager.memory.managed.fraction: 0.4');
  same('a.b: 1.5e+3', 'a.b: 1500');
  same('a.b: 007', 'a.b: 7');
  same('a.b: 0x10', 'a.b: "16"');
  same('a.b: 0.0001', 'a.b: "1.0E-4"');
  same('a.b: 12345678.5', 'a.b: "1.23456785E7"');
  same('a.b: -0.0', 'a.b: "0"');
  differs('kubernetes.jobmanager.cpu.amount: 1.0', 'kubernetes.jobmanager.cpu.amount: "1.0"', '1', '1.0');
  differs('a.b: 0.0001', 'a.b: "0.0001"', '1.0E-4', '0.0001');
  differs('a.b: 1e3', 'a.b: 1000', '1e3', '1000');
});

test('YAML 1.1 booleans: yes and on are true, quoted they are text', () => {
  same('a.b: on', 'a.b: true');
  same('a.b: yes', 'a.b: "true"');
  differs('a.b: yes', 'a.b: "yes"', 'true', 'yes');
  same('a.b: "x"', "a.b: 'x'");
  same('a.b: !!str 1.0', 'a.b: "1.0"');
});

test('lists join their items as the operator reads them', () => {
  same('a.b: [1.0, yes]', 'a.b: "1;true"');
});

test('an empty list writes no key: removing it is no change, turning it into "" is one (D7)', () => {
  same('a.b: []', '');
  differs('a.b: []', 'a.b: ""', undefined, '');
  same('a.b: []\na: {b: x}', 'a.b: x');
});

test('encoding/json floats: JavaScript\'s shortest text, with the sign of -0 kept, also for Helm\'s toJson', async () => {
  const { jsonFloat } = await import('../../../server/src/core/helm/eval/format-float');
  for (const [value, text] of [[-0, '-0'], [0, '0'], [1e21, '1e+21'], [1e-7, '1e-7'], [0.000001, '0.000001'], [123456789012345680000, '123456789012345680000'], [0.1, '0.1']] as const) {
    assert.equal(goJsonFloat(value), text);
    assert.equal(jsonFloat(value), text);
  }
});
