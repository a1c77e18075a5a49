/**
 * flink-semantics.md §12: facts found by running Flink's and the operator's own code, each with
 * its exact numbers and messages: the re-derived TaskManager pod (§12.1), legacy keys (§12.2) and
 * which stage fails first with which words (§12.3).
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Change, DELETE, MIB, projectDeployment } from '../support/fixture';
import { failure, flinkTaskManager } from '../support/memory';

const M = (n: number) => BigInt(n * MIB);
const noSpec = (config: Record<string, string>, version = 'v1_20') => {
  const changes: Record<string, unknown> = { 'spec/taskManager/resources': DELETE, 'spec/flinkVersion': version };
  for (const [k, v] of Object.entries(config)) changes[`spec/flinkConfiguration/${k}`] = v;
  return projectDeployment(changes as never);
};
const withSpec = (memory: string, config: Record<string, string>, extra: Record<string, unknown> = {}) => {
  const changes: Record<string, unknown> = { 'spec/taskManager/resources/requests/memory': memory, ...extra };
  for (const [k, v] of Object.entries(config)) changes[`spec/flinkConfiguration/${k}`] = v;
  return projectDeployment(changes as never);
};

test('§12.1: spec 9465Mi + flink.size 8384mb: the pod asks for 9600 MiB, the JVM is the 9465 MiB layout', () => {
  const p = withSpec('9465Mi', { 'taskmanager.memory.flink.size': '8384mb' });
  assert.equal(p.taskManager.memoryRequestBytes.value, 9600 * MIB);
  assert.equal(p.taskManager.memoryLimitBytes.value, 9600 * MIB);
  assert.equal(p.taskManager.processBytes.value, 9465 * MIB);
  const m = p.taskManager.memory.status === 'ok' ? p.taskManager.memory.value : assert.fail('ok');
  assert.deepEqual([m.flink, m.metaspace, m.overhead], [M(8384), M(256), M(825)]);
  // 10% of (8384 + 256) MiB / 0.9, with the float 0.1: 960 MiB and 16 bytes, so 9600 whole MiB.
  assert.equal(p.totals.memoryBytes.value, 9600 * MIB + 2048 * MIB);
  assert.match(p.taskManager.memoryRequestBytes.reason, /derived again from its fraction/);
});

test('§12.1: spec 2g + jvm-overhead.fraction 0.25: the pod asks for 2047 MiB (overhead one byte short of 512 MiB)', () => {
  const p = withSpec('2g', { 'taskmanager.memory.jvm-overhead.fraction': '0.25' });
  assert.equal(p.taskManager.memoryRequestBytes.value, 2047 * MIB);
  const m = p.taskManager.memory.status === 'ok' ? p.taskManager.memory.value : assert.fail('ok');
  assert.equal(m.overhead, M(512));
  assert.equal(m.process, M(2048));
});

test('§12.1: standalone TaskManagers and every JobManager are sized from the process size', () => {
  const standalone = withSpec('9465Mi', { 'taskmanager.memory.flink.size': '8384mb' }, { 'spec/mode': 'standalone' });
  assert.equal(standalone.taskManager.memoryRequestBytes.value, 9465 * MIB);
  const jm = projectDeployment({ 'spec/jobManager/resources/requests/memory': '9465Mi', 'spec/flinkConfiguration/jobmanager.memory.flink.size': '8384mb' });
  assert.equal(jm.jobManager.memoryRequestBytes.value, 9465 * MIB);
});

test('§12.2: taskmanager.memory.size (old managed key) with task heap is a valid fine-grained configuration', () => {
  const p = noSpec({ 'taskmanager.memory.task.heap.size': '384m', 'taskmanager.memory.size': '512m' });
  const m = p.taskManager.memory.status === 'ok' ? p.taskManager.memory.value : assert.fail(JSON.stringify(p.taskManager.memory));
  assert.deepEqual([m.path, m.managed, m.network, m.process], ['fine-grained', M(512), 134217730n, 1811939330n]);
});

test('§12.2: numberOfBuffers fixes network memory on 1.20 and is ignored by 2.x', () => {
  const v120 = withSpec('2048m', { 'taskmanager.network.numberOfBuffers': '4096' });
  assert.equal(v120.taskManager.memory.status === 'ok' && v120.taskManager.memory.value.network, M(128));
  const v20 = withSpec('2048m', { 'taskmanager.network.numberOfBuffers': '4096' }, { 'spec/flinkVersion': 'v2_0', 'spec/image': 'flink:2.0' });
  assert.equal(v20.taskManager.memory.status === 'ok' && v20.taskManager.memory.value.network, 166429984n);
  // The operator's client is Flink 1.20 and still applies it: too many buffers fail there, on 2.x too.
  const tooMany = withSpec('2048m', { 'taskmanager.network.numberOfBuffers': '60000' }, { 'spec/flinkVersion': 'v2_0', 'spec/image': 'flink:2.0' });
  const failed = tooMany.taskManager.memory;
  assert.equal(failed.status === 'failed' && failed.failure.stage, 'operator');
  assert.match(failed.status === 'failed' ? failed.failure.flinkMessage : '', /^TaskManager memory configuration failed: Sum of configured Framework Heap Memory .* Network Memory \(1\.831gb \(1966080000 bytes\)\) exceed configured Total Flink Memory/);
});

test('§12.3: the validator rejects first, with its own words', () => {
  const p = noSpec({ 'taskmanager.memory.process.size': '500m' });
  const m = p.taskManager.memory;
  assert.equal(m.status === 'failed' && m.failure.stage, 'validator');
  assert.equal(m.status === 'failed' && m.failure.flinkMessage, 'TaskManager resource memory must be defined using `spec.taskManager.resource.memory` or `spec.taskManager.resources.requests.memory`');
});

test('§12.3: Flink names the current key, prints Java doubles and reads fractions as floats', () => {
  assert.equal(failure(flinkTaskManager({ 'taskmanager.memory.process.size': '2g', 'taskmanager.network.memory.min': 'lots' })), "TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.network.min'.");
  assert.equal(failure(flinkTaskManager({ 'taskmanager.memory.process.size': '2g', 'taskmanager.memory.managed.fraction': 'lots' })), "Could not parse value 'lots' for key 'taskmanager.memory.managed.fraction'.");
  assert.equal(failure(flinkTaskManager({ 'taskmanager.memory.process.size': '2g', 'taskmanager.network.memory.fraction': 'x' })), "Could not parse value 'x' for key 'taskmanager.memory.network.fraction'.");
  assert.equal(failure(flinkTaskManager({ 'taskmanager.memory.process.size': '2g', 'taskmanager.memory.managed.fraction': '1.0' })), "TaskManager memory configuration failed: Inconsistently configured Key: 'taskmanager.memory.managed.fraction' , default: 0.4 (fallback keys: []) (1.0) and its min (0 bytes), max (8388608.000tb (9223372036854775807 bytes)) value");
  assert.equal(failure(flinkTaskManager({ 'taskmanager.memory.process.size': '2g', 'taskmanager.memory.network.fraction': '-0.1' })), "TaskManager memory configuration failed: Inconsistently configured Key: 'taskmanager.memory.network.fraction' , default: 0.1 (fallback keys: [{key=taskmanager.network.memory.fraction, isDeprecated=true}]) (-0.10000000149011612) and its min (64.000mb (67108864 bytes)), max (8388608.000tb (9223372036854775807 bytes)) value");
  assert.equal(failure(flinkTaskManager({ 'taskmanager.memory.process.size': '2g', 'taskmanager.memory.jvm-overhead.min': '2g', 'taskmanager.memory.jvm-overhead.max': '1g' })), "TaskManager memory configuration failed: Inconsistently configured Key: 'taskmanager.memory.jvm-overhead.fraction' , default: 0.1 (fallback keys: []) (0.10000000149011612) and its min (2.000gb (2147483648 bytes)), max (1024.000mb (1073741824 bytes)) value");
  // Before 1.17 the network cap is 1 GiB, and Flink prints it that way.
  assert.match(failure(flinkTaskManager({ 'taskmanager.memory.process.size': '2g', 'taskmanager.memory.network.fraction': '1' }, 116)), /\(1\.0\) and its min \(64\.000mb \(67108864 bytes\)\), max \(1024\.000mb \(1073741824 bytes\)\) value$/);
});

test('§12.3: slots " 4" and "0" fail where the operator reads them', () => {
  const spaced = projectDeployment({ 'spec/flinkConfiguration/taskmanager.numberOfTaskSlots': ' 4' });
  assert.equal(spaced.slotsPerTaskManager.value, null);
  const m = spaced.taskManager.memory;
  assert.equal(m.status === 'failed' && m.failure.flinkMessage, "Could not parse value ' 4' for key 'taskmanager.numberOfTaskSlots'.");
  const zero = projectDeployment({ 'spec/flinkConfiguration/taskmanager.numberOfTaskSlots': '0' }).taskManager.memory;
  assert.equal(zero.status === 'failed' && zero.failure.flinkMessage, 'TaskManager memory configuration failed: TaskExecutors need to be started with a positive number of CPU cores. Please configure taskmanager.cpu.cores accordingly.');
});

test('§4.1 V-16/V-21: before operator 1.16 the validator names only spec.<role>.resource.memory', () => {
  const changes: Change = { 'spec/taskManager/resources': DELETE, 'spec/flinkConfiguration/taskmanager.memory.process.size': '500m' };
  const on = (operatorVersion: string) => projectDeployment(changes, { operatorVersion }).taskManager.memory;
  const old = on('1.15');
  assert.equal(old.status === 'failed' && old.failure.flinkMessage, 'TaskManager resource memory must be defined using `spec.taskManager.resource.memory`');
  const now = on('1.16');
  assert.equal(now.status === 'failed' && now.failure.flinkMessage, 'TaskManager resource memory must be defined using `spec.taskManager.resource.memory` or `spec.taskManager.resources.requests.memory`');
});
