/**
 * Flink's memory model, byte-exact against the worked examples of flink-semantics.md §5.6 and
 * §5.4.4, and the failures of §11.6 (TV-71..TV-79).
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DELETE, projectDeployment, MIB } from '../support/fixture';
import { Projection } from '../../server/src/core/projection/types';

/** The fixture with TaskManager memory given only by `flinkConfiguration` keys. */
function tm(config: Record<string, string>, flinkVersion = 'v1_20'): Projection['taskManager']['memory'] {
  const changes: Record<string, unknown> = { 'spec/taskManager/resources': DELETE, 'spec/flinkVersion': flinkVersion };
  for (const [k, v] of Object.entries(config)) changes[`spec/flinkConfiguration/${k}`] = v;
  return projectDeployment(changes as never).taskManager.memory;
}

function jm(config: Record<string, string>): Projection['jobManager']['memory'] {
  const changes: Record<string, unknown> = { 'spec/jobManager/resources': DELETE };
  for (const [k, v] of Object.entries(config)) changes[`spec/flinkConfiguration/${k}`] = v;
  return projectDeployment(changes as never).jobManager.memory;
}

function ok<T>(outcome: { status: string; value?: T; failure?: unknown; reason?: string }): T {
  assert.equal(outcome.status, 'ok', JSON.stringify(outcome.failure ?? outcome.reason));
  return outcome.value as T;
}

const M = (n: number) => BigInt(n * MIB);

const TM_ROWS: Array<[string, string, Record<string, bigint>]> = [
  ['1024m', 'v1_20', { overhead: 201326592n, flink: 603979776n, managed: 241591914n, network: 67108864n, taskHeap: 26843542n, jvmHeap: 161061270n, maxDirect: 201326592n }],
  ['1728m', 'v1_20', { overhead: 201326592n, flink: 1342177280n, managed: 536870920n, network: 134217730n, taskHeap: 402653174n, jvmHeap: 536870902n, maxDirect: 268435458n }],
  ['2048m', 'v1_20', { overhead: 214748368n, flink: 1664299824n, managed: 665719939n, network: 166429984n, taskHeap: 563714445n, jvmHeap: 697932173n, maxDirect: 300647712n }],
  ['4096m', 'v1_20', { overhead: 429496736n, flink: 3597035104n, managed: 1438814063n, network: 359703515n, taskHeap: 1530082070n, jvmHeap: 1664299798n, maxDirect: 493921243n }],
  ['16384m', 'v1_20', { overhead: 1073741824n, flink: 15837691904n, managed: 6335076856n, network: 1583769214n, taskHeap: 7650410378n, jvmHeap: 7784628106n, maxDirect: 1717986942n }],
  ['16384m', 'v1_16', { overhead: 1073741824n, flink: 15837691904n, managed: 6335076856n, network: 1073741824n, taskHeap: 8160437768n, jvmHeap: 8294655496n, maxDirect: 1207959552n }],
];

for (const [process, version, expected] of TM_ROWS) {
  test(`§5.6 TaskManager process.size ${process} (${version}) is byte-exact`, () => {
    const m = ok(tm({ 'taskmanager.memory.process.size': process }, version)) as unknown as Record<string, bigint>;
    for (const [key, value] of Object.entries(expected)) assert.equal(m[key], value, key);
    assert.equal(m.metaspace, M(256));
    assert.equal(m.frameworkHeap, M(128));
    assert.equal(m.frameworkOffHeap, M(128));
    assert.equal(m.taskOffHeap, 0n);
  });
}

test('TV-24: the 1728m row equals Flink\'s own log for its default configuration', () => {
  const m = ok(tm({ 'taskmanager.memory.process.size': '1728m' }));
  assert.deepEqual([m.managed, m.network, m.taskHeap, m.jvmHeap, m.overhead, m.metaspace], [536870920n, 134217730n, 402653174n, 536870902n, M(192), M(256)]);
});

test('§5.6: 982m is the smallest TaskManager that starts; 981m fails', () => {
  ok(tm({ 'taskmanager.memory.process.size': '982m' }));
  const failed = tm({ 'taskmanager.memory.process.size': '981m' });
  assert.equal(failed.status, 'failed');
  assert.match(failed.status === 'failed' ? failed.failure.flinkMessage : '', /^Sum of configured Framework Heap Memory .* exceed configured Total Flink Memory/);
});

test('§5.6: flink.size 1280m alone gives the 1728m process', () => {
  const m = ok(tm({ 'taskmanager.memory.flink.size': '1280m' }));
  assert.equal(m.process, 1811939328n);
  assert.equal(m.path, 'total-flink');
  assert.deepEqual([m.managed, m.network, m.taskHeap], [536870920n, 134217730n, 402653174n]);
});

test('§5.6: task.heap 384m + managed 512m alone (fine-grained)', () => {
  const m = ok(tm({ 'taskmanager.memory.task.heap.size': '384m', 'taskmanager.memory.managed.size': '512m' }));
  assert.deepEqual([m.network, m.flink, m.overhead, m.process, m.path], [134217730n, 1342177282n, M(192), 1811939330n, 'fine-grained']);
});

test('§5.4.4: spec memory plus flink.size makes the overhead a remainder that must fit its range', () => {
  const withSpec = (memory: string, config: Record<string, string>) => {
    const changes: Record<string, unknown> = { 'spec/taskManager/resources/requests/memory': memory };
    for (const [k, v] of Object.entries(config)) changes[`spec/flinkConfiguration/${k}`] = v;
    return projectDeployment(changes as never).taskManager.memory;
  };
  assert.equal(ok(withSpec('2048m', { 'taskmanager.memory.flink.size': '1024m' })).overhead, M(768));
  const tooBig = withSpec('4096m', { 'taskmanager.memory.flink.size': '1024m' });
  assert.equal(tooBig.status, 'failed');
  assert.match(tooBig.status === 'failed' ? tooBig.failure.flinkMessage : '', /^Derived JVM Overhead size \(2\.750gb \(2952790016 bytes\)\) is not in configured JVM Overhead range/);
  const fineGrained = withSpec('4096m', { 'taskmanager.memory.task.heap.size': '384m', 'taskmanager.memory.managed.size': '512m' });
  assert.equal(fineGrained.status, 'failed');
  const tooSmall = withSpec('1024m', { 'taskmanager.memory.flink.size': '1024m' });
  assert.match(tooSmall.status === 'failed' ? tooSmall.failure.flinkMessage : '', /is less than the sum of the derived Total Flink Memory size/);
});

const JM_ROWS: Array<[string, bigint, bigint, bigint]> = [
  ['1024m', M(192), M(576), 469762048n],
  ['1600m', M(192), M(1152), M(1024)],
  ['2048m', 214748368n, 1664299824n, 1530082096n],
  ['4096m', 429496736n, 3597035104n, 3462817376n],
];

for (const [process, overhead, flink, heap] of JM_ROWS) {
  test(`§5.6 JobManager process.size ${process} is byte-exact`, () => {
    const m = ok(jm({ 'jobmanager.memory.process.size': process }));
    assert.deepEqual([m.overhead, m.flink, m.heap, m.offHeap, m.metaspace], [overhead, flink, heap, M(128), M(256)]);
  });
}

test('§5.6: JobManager 577m starts with a heap warning; 576m and 447m fail', () => {
  const smallest = ok(jm({ 'jobmanager.memory.process.size': '577m' }));
  assert.equal(smallest.heap, M(1));
  assert.ok(smallest.warning);
  const at576 = jm({ 'jobmanager.memory.process.size': '576m' });
  assert.match(at576.status === 'failed' ? at576.failure.flinkMessage : '', /^The configured Total Flink Memory .* is less than the configured Off-heap Memory/);
  const at447 = jm({ 'jobmanager.memory.process.size': '447m' });
  assert.match(at447.status === 'failed' ? at447.failure.flinkMessage : '', /^Sum of configured JVM Metaspace .* and JVM Overhead .* exceed configured Total Process Memory/);
});

test('JobManager heap.size alone derives the process; with flink.size the off-heap is the rest', () => {
  const m = ok(jm({ 'jobmanager.memory.heap.size': '1024m' }));
  assert.equal(m.flink, M(1152));
  assert.equal(m.process, M(1152) + M(256) + M(192));
  const rest = ok(jm({ 'jobmanager.memory.heap.size': '1000m', 'jobmanager.memory.flink.size': '1200m' }));
  assert.equal(rest.offHeap, M(200));
  assert.equal(jm({ 'jobmanager.memory.heap.size': '1300m', 'jobmanager.memory.flink.size': '1200m' }).status, 'failed');
  const explicit = jm({ 'jobmanager.memory.heap.size': '1000m', 'jobmanager.memory.flink.size': '1200m', 'jobmanager.memory.off-heap.size': '128m' });
  assert.match(explicit.status === 'failed' ? explicit.failure.flinkMessage : '', /does not match the configured Total Flink Memory/);
});

test('legacy heap keys are read as the total process size on Kubernetes', () => {
  const legacy = ok(jm({ 'jobmanager.heap.size': '1024m' }));
  assert.deepEqual([legacy.process, legacy.heap], [M(1024), 469762048n]);
  assert.equal(ok(jm({ 'jobmanager.heap.mb': '1600' })).heap, M(1024));
  assert.equal(ok(tm({ 'taskmanager.heap.size': '1728m' })).managed, 536870920n);
});

test('the JobManager heap warning starts strictly below 128 MiB', () => {
  assert.equal(ok(jm({ 'jobmanager.memory.process.size': '704m' })).heap, M(128));
  assert.equal(ok(jm({ 'jobmanager.memory.process.size': '704m' })).warning, undefined);
  assert.ok(ok(jm({ 'jobmanager.memory.process.size': '703m' })).warning);
});

test('TV-71: nothing configured fails and names every option that would size the TaskManager', () => {
  const failed = tm({});
  assert.equal(failed.status, 'failed');
  const text = failed.status === 'failed' ? failed.failure.flinkMessage : '';
  for (const key of ['task.heap.size', 'managed.size', 'flink.size', 'process.size']) assert.ok(text.includes(`taskmanager.memory.${key}`), key);
});

test('TV-72..TV-74, TV-76: inconsistent ranges and fractions fail', () => {
  const base = { 'taskmanager.memory.process.size': '2048m' };
  assert.equal(tm({ ...base, 'taskmanager.memory.network.min': '200m', 'taskmanager.memory.network.max': '50m' }).status, 'failed');
  assert.equal(tm({ ...base, 'taskmanager.memory.network.fraction': '-0.1' }).status, 'failed');
  assert.equal(tm({ ...base, 'taskmanager.memory.network.fraction': '1.0' }).status, 'failed');
  assert.equal(tm({ ...base, 'taskmanager.memory.managed.fraction': '-0.1' }).status, 'failed');
  assert.equal(tm({ ...base, 'taskmanager.memory.managed.fraction': '1.0' }).status, 'failed');
  assert.equal(tm({ ...base, 'taskmanager.memory.network.fraction': '0.6', 'taskmanager.memory.managed.fraction': '0.6' }).status, 'failed');
  assert.equal(tm({ 'taskmanager.memory.flink.size': '1024m', 'taskmanager.memory.network.fraction': '0.6', 'taskmanager.memory.managed.fraction': '0.6' }).status, 'failed');
  assert.equal(ok(tm({ ...base, 'taskmanager.memory.managed.fraction': '0.6' })).managed, 998579934n);
});

test('TV-75: components above flink.size fail', () => {
  const failed = tm({
    'taskmanager.memory.flink.size': '499m', 'taskmanager.memory.framework.heap.size': '100m', 'taskmanager.memory.task.heap.size': '100m',
    'taskmanager.memory.task.off-heap.size': '100m', 'taskmanager.memory.network.min': '100m', 'taskmanager.memory.network.max': '100m',
    'taskmanager.memory.managed.size': '100m',
  });
  assert.equal(failed.status, 'failed');
});

test('TV-79: a derived network remainder outside its range fails', () => {
  const fixed = { 'taskmanager.memory.flink.size': '1280m', 'taskmanager.memory.task.heap.size': '296m', 'taskmanager.memory.managed.size': '228m' };
  const fits = ok(tm(fixed));
  assert.equal(fits.network, M(500));
  for (const [min, max] of [['900m', '1000m'], ['100m', '150m']]) {
    const failed = tm({ ...fixed, 'taskmanager.memory.network.min': min ?? '', 'taskmanager.memory.network.max': max ?? '' });
    assert.match(failed.status === 'failed' ? failed.failure.flinkMessage : '', /derived Network Memory is inconsistent/);
  }
});

test('deprecated network keys still apply, and a value Flink cannot parse fails', () => {
  const legacy = ok(tm({ 'taskmanager.memory.process.size': '2048m', 'taskmanager.network.memory.max': '100m' }));
  assert.equal(legacy.network, M(100));
  const bad = tm({ 'taskmanager.memory.process.size': '2048m', 'taskmanager.memory.managed.fraction': 'lots' });
  assert.equal(bad.status, 'failed');
});
