/**
 * Flink's memory model, byte-exact against the worked examples of flink-semantics.md §5.6 and
 * §5.4.4, and the failures of §11.6 (TV-71..TV-79).
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DELETE, projectDeployment, MIB } from '../support/fixture';
import { Projection } from '../../server/src/core/projection/types';
import { failure, flinkJobManager, flinkTaskManager } from '../support/memory';

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
  assert.match(failure(flinkTaskManager({ 'taskmanager.memory.process.size': '981m' })), /^TaskManager memory configuration failed: Sum of configured Framework Heap Memory .* exceed configured Total Flink Memory/);
  // With spec memory the operator deploys and Flink's message is what the user sees.
  const withSpec = projectDeployment({ 'spec/taskManager/resources/requests/memory': '981m' }).taskManager.memory;
  assert.equal(withSpec.status === 'failed' && withSpec.failure.stage, 'operator');
  assert.match(withSpec.status === 'failed' ? withSpec.failure.flinkMessage : '', /^TaskManager memory configuration failed: Sum of configured Framework Heap Memory/);
  // Without it the validator runs the same model first and rejects with its own words (§12.3).
  const validator = tm({ 'taskmanager.memory.process.size': '981m' });
  assert.equal(validator.status === 'failed' && validator.failure.stage, 'validator');
  assert.equal(validator.status === 'failed' && validator.failure.flinkMessage, 'TaskManager resource memory must be defined using `spec.taskManager.resource.memory` or `spec.taskManager.resources.requests.memory`');
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
  assert.equal(tooBig.status === 'failed' ? tooBig.failure.flinkMessage : '', 'TaskManager memory configuration failed: Derived JVM Overhead size (2.750gb (2952790016 bytes)) is not in configured JVM Overhead range [192.000mb (201326592 bytes), 1024.000mb (1073741824 bytes)].');
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
  assert.equal(failure(flinkJobManager({ 'jobmanager.memory.process.size': '576m' })), 'JobManager memory configuration failed: The configured Total Flink Memory (128.000mb (134217728 bytes)) is less than the configured Off-heap Memory (128.000mb (134217728 bytes)).');
  assert.equal(failure(flinkJobManager({ 'jobmanager.memory.process.size': '447m' })), 'JobManager memory configuration failed: Sum of configured JVM Metaspace (256.000mb (268435456 bytes)) and JVM Overhead (192.000mb (201326592 bytes)) exceed configured Total Process Memory (447.000mb (468713472 bytes)).');
  const withSpec = projectDeployment({ 'spec/jobManager/resources/requests/memory': '576m' }).jobManager.memory;
  assert.equal(withSpec.status === 'failed' && withSpec.failure.stage, 'operator');
});

test('JobManager heap.size alone derives the process; with flink.size the off-heap is the rest', () => {
  const m = ok(jm({ 'jobmanager.memory.heap.size': '1024m' }));
  assert.equal(m.flink, M(1152));
  assert.equal(m.process, M(1152) + M(256) + M(192));
  const rest = ok(jm({ 'jobmanager.memory.heap.size': '1000m', 'jobmanager.memory.flink.size': '1200m' }));
  assert.equal(rest.offHeap, M(200));
  assert.equal(failure(flinkJobManager({ 'jobmanager.memory.heap.size': '1300m', 'jobmanager.memory.flink.size': '1200m' })), 'JobManager memory configuration failed: The configured JVM Heap Memory (1.270gb (1363148800 bytes)) exceeds the configured Total Flink Memory (1.172gb (1258291200 bytes)). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.');
  assert.equal(jm({ 'jobmanager.memory.heap.size': '1300m', 'jobmanager.memory.flink.size': '1200m' }).status, 'failed');
  assert.match(failure(flinkJobManager({ 'jobmanager.memory.heap.size': '1000m', 'jobmanager.memory.flink.size': '1200m', 'jobmanager.memory.off-heap.size': '128m' })), /does not match the configured Total Flink Memory/);
});

test('§12.2: a legacy JobManager heap key sizes the pod as process size but the JVM as heap', () => {
  const p = projectDeployment({ 'spec/jobManager/resources': DELETE, 'spec/flinkConfiguration/jobmanager.heap.size': '1g' });
  const legacy = ok(p.jobManager.memory);
  assert.deepEqual([legacy.heap, legacy.process], [M(1024), M(1600)]);
  assert.equal(p.jobManager.memoryRequestBytes.value, 1024 * MIB);
  const mb = projectDeployment({ 'spec/jobManager/resources': DELETE, 'spec/flinkConfiguration/jobmanager.heap.mb': '4736' });
  assert.equal(mb.jobManager.memoryRequestBytes.value, 4736 * MIB);
  assert.equal(Number(ok(mb.jobManager.memory).process / BigInt(MIB)), 5688);
  // The operator's client (pod sizing) reads it as the process size.
  const client = flinkJobManager({ 'jobmanager.heap.size': '1024m' }, 'process');
  assert.ok(client.ok && client.value.process === M(1024) && client.value.flink.heap === 469762048n);
  // The validator does not read taskmanager.heap.size: no spec memory means rejected.
  const tmLegacy = tm({ 'taskmanager.heap.size': '1728m' });
  assert.equal(tmLegacy.status === 'failed' && tmLegacy.failure.stage, 'validator');
  assert.equal(ok(tm({ 'taskmanager.memory.process.size': '1728m' })).managed, 536870920n);
});

test('the JobManager heap warning starts strictly below 128 MiB', () => {
  assert.equal(ok(jm({ 'jobmanager.memory.process.size': '704m' })).heap, M(128));
  assert.equal(ok(jm({ 'jobmanager.memory.process.size': '704m' })).warning, undefined);
  assert.ok(ok(jm({ 'jobmanager.memory.process.size': '703m' })).warning);
});

test('TV-71: nothing configured fails and names every option that would size the TaskManager', () => {
  const text = failure(flinkTaskManager({}));
  assert.equal(text, "TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.");
  const failed = tm({});
  assert.equal(failed.status === 'failed' && failed.failure.stage, 'validator');
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
    const failed = flinkTaskManager({ ...fixed, 'taskmanager.memory.network.min': min ?? '', 'taskmanager.memory.network.max': max ?? '' });
    assert.equal(failure(failed), 'TaskManager memory configuration failed: If Total Flink, Task Heap and (or) Managed Memory sizes are explicitly configured then the Network Memory size is the rest of the Total Flink memory after subtracting all other configured types of memory, but the derived Network Memory is inconsistent with its configuration.');
  }
});

test('deprecated network keys still apply, and a value Flink cannot parse fails', () => {
  const legacy = ok(tm({ 'taskmanager.memory.process.size': '2048m', 'taskmanager.network.memory.max': '100m' }));
  assert.equal(legacy.network, M(100));
  const bad = tm({ 'taskmanager.memory.process.size': '2048m', 'taskmanager.memory.managed.fraction': 'lots' });
  assert.equal(bad.status, 'failed');
});
