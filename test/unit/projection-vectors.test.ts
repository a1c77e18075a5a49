/** Parallelism, TaskManagers, CPU and memory mapping against flink-semantics.md §11.1-§11.2 and §11.6-§11.7. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DELETE, projectDeployment, MIB } from '../support/fixture';

const GIB = 1024 * MIB;
const deprecatedResources = {
  'spec/jobManager/resources': DELETE,
  'spec/taskManager/resources': DELETE,
  'spec/jobManager/resource': { cpu: 1.0, memory: '2048m', ephemeralStorage: '2G' },
  'spec/taskManager/resource': { cpu: 1.0, memory: '2048m', ephemeralStorage: '2G' },
} as const;

test('TV-1: job.parallelism decides P without replicas', () => {
  const p = projectDeployment({ 'spec/job/parallelism': 2 });
  assert.equal(p.parallelism.value, 2);
  assert.equal(p.clusterType, 'application');
  assert.equal(p.taskManager.count.value, 1);
});

test('TV-2: replicas × slots wins and job.parallelism is ignored', () => {
  const p = projectDeployment({ 'spec/taskManager/replicas': 3, 'spec/flinkConfiguration/taskmanager.numberOfTaskSlots': '4', 'spec/job/parallelism': 2 });
  assert.equal(p.parallelism.value, 12);
  assert.equal(p.ignoredJobParallelism?.value, 2);
  assert.equal(p.taskManager.count.value, 3);
});

test('TV-6: standalone with replicas runs exactly the replicas', () => {
  const p = projectDeployment({ 'spec/mode': 'standalone', 'spec/taskManager/replicas': 3 });
  assert.deepEqual([p.parallelism.value, p.taskManager.count.value, p.mode.value], [6, 3, 'standalone']);
});

test('TV-7: standalone without replicas runs ceil(P / slots)', () => {
  const p = projectDeployment({ 'spec/mode': 'standalone', 'spec/job/parallelism': 10 });
  assert.deepEqual([p.parallelism.value, p.taskManager.count.value], [10, 5]);
});

test('TV-8: standalone vertex overrides raise P to their maximum', () => {
  const p = projectDeployment({ 'spec/mode': 'standalone', 'spec/job/parallelism': 10, 'spec/flinkConfiguration/pipeline.jobvertex-parallelism-overrides': 'vertex1:10,vertex2:20' });
  assert.deepEqual([p.parallelism.value, p.taskManager.count.value], [20, 10]);
});

test('TV-9: overrides count only in explicit standalone mode (operator 1.14+), in every mode for 1.8-1.13', () => {
  const changes = { 'spec/job/parallelism': 5, 'spec/flinkConfiguration/pipeline.jobvertex-parallelism-overrides': 'vertex1:10,vertex2:20', 'spec/taskManager': {} };
  assert.equal(projectDeployment({ ...changes, 'spec/mode': 'standalone' }).parallelism.value, 20);
  assert.equal(projectDeployment(changes).parallelism.value, 5);
  assert.equal(projectDeployment(changes, { operatorVersion: '1.12' }).parallelism.value, 20);
});

test('TV-10: standalone session cluster with replicas', () => {
  const p = projectDeployment({ 'spec/mode': 'standalone', 'spec/job': DELETE, 'spec/taskManager/replicas': 5 });
  assert.deepEqual([p.clusterType, p.taskManager.count.value, p.parallelism.value], ['session', 5, null]);
  assert.equal(projectDeployment({ 'spec/mode': 'standalone', 'spec/job': DELETE }).taskManager.count.value, 1);
});

test('native session cluster with no jobs starts no TaskManagers', () => {
  const p = projectDeployment({ 'spec/job': DELETE });
  assert.deepEqual([p.clusterType, p.taskManager.count.value, p.jobManager.count.value, p.totals.pods.value], ['session', 0, 1, 1]);
});

test('TV-11: the operator\'s status estimate is ceil(P / slots)', () => {
  const cases: Array<[number, string, number]> = [[2, '1', 2], [2, '3', 1], [7, '2', 4]];
  for (const [parallelism, slots, expected] of cases) {
    const p = projectDeployment({ 'spec/job/parallelism': parallelism, 'spec/flinkConfiguration/taskmanager.numberOfTaskSlots': slots });
    assert.equal(p.statusReplicas.value, expected);
  }
  assert.equal(projectDeployment({ 'spec/job/state': 'suspended' }).statusReplicas.value, 0);
});

test('TV-12: blog row T5 (replicas 4, 3 slots, two groups with sources at 5)', () => {
  const text = `# flink-k8s: slot-sharing-groups=5,5\n${require('yaml').stringify({ apiVersion: 'flink.apache.org/v1beta1', kind: 'FlinkDeployment', metadata: { name: 't5' }, spec: { flinkVersion: 'v1_20', flinkConfiguration: { 'taskmanager.numberOfTaskSlots': '3' }, taskManager: { replicas: 4, resource: { memory: '2g' } }, jobManager: { resource: { memory: '2g' } }, job: { parallelism: 2 } } })}`;
  const p = require('../support/fixture').projectOne(text);
  assert.deepEqual([p.parallelism.value, p.slotsNeeded.value, p.taskManager.count.value, p.statusReplicas.value], [12, 24, 8, 4]);
});

test('TV-13: deprecated JobManager resource: memory, cpu and replicas', () => {
  const p = projectDeployment({ ...deprecatedResources, 'spec/jobManager/replicas': 2 });
  assert.equal(p.jobManager.processBytes.value, 2 * GIB);
  assert.equal(p.jobManager.cpu.value, 1);
  assert.equal(p.jobManager.count.value, 2);
});

test('TV-14..TV-16: TaskManager resource.memory spellings', () => {
  const cases: Array<[string, number]> = [
    ['2g', 2 * GIB], ['2G', 2 * GIB], ['2gb', 2 * GIB], ['2 g', 2 * GIB], ['2gib', 2 * GIB], ['1024m', GIB], ['512m', 512 * MIB],
    ['2Gi', 2 * GIB], ['2 Gi', 2 * GIB], ['2gi', 2 * GIB], ['2048Mi', 2 * GIB], ['512mi', 512 * MIB], ['1024mi', GIB],
  ];
  for (const [memory, bytes] of cases) {
    const p = projectDeployment({ ...deprecatedResources, 'spec/taskManager/resource': { memory } });
    assert.equal(p.taskManager.processBytes.value, bytes, memory);
    assert.equal(p.taskManager.memoryRequestBytes.value, bytes, memory);
  }
  for (const memory of ['1000000b', '1000000 b', '1e6', '1e6 b']) {
    const p = projectDeployment({ ...deprecatedResources, 'spec/taskManager/resource': { memory } });
    assert.equal(p.taskManager.memory.status, 'failed', `${memory} is far too small to start`);
  }
});

test('TV-17: JobManager resources.requests memory 4Gi and cpu "2"', () => {
  const p = projectDeployment({ 'spec/jobManager/resources': { requests: { memory: '4Gi', cpu: '2' } } });
  assert.deepEqual([p.jobManager.processBytes.value, p.jobManager.cpu.value], [4 * GIB, 2]);
});

test('TV-18: TaskManager requests cpu 500m is half a CPU', () => {
  const p = projectDeployment({ 'spec/taskManager/resources': { requests: { memory: '2Gi', cpu: '500m' } } });
  assert.equal(p.taskManager.cpu.value, 0.5);
});

test('TV-19: limit factors from requests and limits in Kubernetes units', () => {
  const p = projectDeployment({ 'spec/jobManager/resources': { requests: { memory: '1Gi', cpu: '500m' }, limits: { memory: '2048Mi', cpu: '1' } } });
  assert.deepEqual([p.jobManager.processBytes.value, p.jobManager.cpu.value, p.jobManager.cpuLimit.value, p.jobManager.memoryLimitBytes.value], [GIB, 0.5, 1, 2 * GIB]);
});

test('TV-20: limits only give memory and cpu, without limit factors', () => {
  const p = projectDeployment({ 'spec/taskManager/resources': { limits: { memory: '2Gi', cpu: '2' } } });
  assert.deepEqual([p.taskManager.processBytes.value, p.taskManager.cpu.value, p.taskManager.cpuLimit.value, p.taskManager.memoryLimitBytes.value], [2 * GIB, 2, 2, 2 * GIB]);
});

test('TV-21: resources wins over the deprecated resource', () => {
  const p = projectDeployment({ 'spec/jobManager/resource': { cpu: 1.0, memory: '1024m' }, 'spec/jobManager/resources': { requests: { memory: '4Gi', cpu: '2' } } });
  assert.deepEqual([p.jobManager.processBytes.value, p.jobManager.cpu.value], [4 * GIB, 2]);
});

test('TV-22: an empty resources falls back to the deprecated resource', () => {
  const p = projectDeployment({ 'spec/jobManager/resources': {}, 'spec/jobManager/resource': { cpu: 2.0, memory: '4096m' } });
  assert.deepEqual([p.jobManager.processBytes.value, p.jobManager.cpu.value], [4096 * MIB, 2]);
});

test('§5.2: requests 2048m with limits 4Gi gives an absurd memory limit that saturates', () => {
  const p = projectDeployment({ 'spec/taskManager/resources': { requests: { memory: '2048m', cpu: '1' }, limits: { memory: '4Gi' } } });
  assert.equal(p.taskManager.processBytes.value, 2 * GIB);
  assert.equal(p.taskManager.memoryLimitBytes.value, 2147483647 * MIB);
  const g = projectDeployment({ 'spec/taskManager/resources': { requests: { memory: '2g' }, limits: { memory: '4g' } } });
  assert.equal(g.taskManager.memoryLimitBytes.value, null);
});

test('TV-28: replicas 1 with job.parallelism 0 is valid and P = slots', () => {
  const p = projectDeployment({ 'spec/taskManager/replicas': 1, 'spec/job/parallelism': 0 });
  assert.equal(p.parallelism.value, 2);
  assert.equal(p.ignoredJobParallelism, undefined);
});

test('TV-26, TV-27: parallelism 0 or replicas 0 leave P unknown (the operator rejects them)', () => {
  assert.equal(projectDeployment({ 'spec/job/parallelism': 0 }).parallelism.value, null);
  assert.equal(projectDeployment({ 'spec/taskManager/replicas': 0 }).parallelism.value, null);
  assert.equal(projectDeployment({ 'spec/job/parallelism': DELETE }).parallelism.value, null);
});

test('TV-44: memory from flinkConfiguration when the spec gives none', () => {
  const p = projectDeployment({
    'spec/jobManager/resources': DELETE, 'spec/taskManager/resources': DELETE,
    'spec/flinkConfiguration/jobmanager.memory.heap.size': '2048m', 'spec/flinkConfiguration/taskmanager.memory.flink.size': '2048m',
  });
  assert.equal(p.jobManager.memory.status, 'ok');
  assert.equal(p.taskManager.memory.status, 'ok');
});

test('TV-77, TV-80 and §6.2: TaskManager cpu falls back to slots; cores beat the Kubernetes amount', () => {
  const noCpu = { 'spec/taskManager/resources': { requests: { memory: '2048m' } } };
  assert.equal(projectDeployment({ ...noCpu, 'spec/flinkConfiguration/taskmanager.numberOfTaskSlots': '3' }).taskManager.cpu.value, 3);
  assert.equal(projectDeployment({ ...noCpu, 'spec/flinkConfiguration/taskmanager.cpu.cores': '1.0', 'spec/flinkConfiguration/kubernetes.taskmanager.cpu.amount': '2.0', 'spec/flinkConfiguration/taskmanager.numberOfTaskSlots': '3' }).taskManager.cpu.value, 1);
  assert.equal(projectDeployment({ ...noCpu, 'spec/flinkConfiguration/kubernetes.taskmanager.cpu.amount': '2.0', 'spec/flinkConfiguration/taskmanager.numberOfTaskSlots': '3' }).taskManager.cpu.value, 2);
  assert.equal(projectDeployment({ ...noCpu, 'spec/flinkConfiguration/kubernetes.taskmanager.cpu.amount': '-1', 'spec/flinkConfiguration/taskmanager.numberOfTaskSlots': '3' }).taskManager.cpu.value, 3);
});

test('TV-78: negative cpu cores cannot start', () => {
  assert.equal(projectDeployment({ 'spec/flinkConfiguration/taskmanager.cpu.cores': '-0.1' }).taskManager.cpu.value, null);
});

test('TV-84: cluster CPU limits (JM 2 × 2.5 × 2.0, TM 3.5 × 1.5 each)', () => {
  const base = {
    'spec/jobManager': { replicas: 2, resource: { cpu: 2.5, memory: '1g' } },
    'spec/flinkConfiguration/kubernetes.jobmanager.cpu.limit-factor': '2.0',
    'spec/taskManager/resources': { requests: { cpu: '3.5', memory: '2g' } },
    'spec/flinkConfiguration/kubernetes.taskmanager.cpu.limit-factor': '1.5',
    'spec/flinkConfiguration/taskmanager.numberOfTaskSlots': '1',
  };
  const expected: Array<[number, number]> = [[1, 15.25], [2, 20.5]];
  for (const [tms, cpu] of expected) assert.equal(projectDeployment({ ...base, 'spec/job/parallelism': tms }).totals.cpuLimit.value, cpu);
  assert.equal(projectDeployment({ ...base, 'spec/job': DELETE }).totals.cpuLimit.value, 10);
});

test('TV-85: cluster memory limits (JM 1g × 2.0, TM 2g × 1.5)', () => {
  const base = {
    'spec/jobManager': { replicas: 2, resource: { memory: '1g' } },
    'spec/flinkConfiguration/kubernetes.jobmanager.memory.limit-factor': '2.0',
    'spec/taskManager/resources': { requests: { memory: '2g' } },
    'spec/flinkConfiguration/kubernetes.taskmanager.memory.limit-factor': '1.5',
    'spec/flinkConfiguration/taskmanager.numberOfTaskSlots': '1',
  };
  const expected: Array<[number, number]> = [[1, 7], [2, 10]];
  for (const [tms, gib] of expected) assert.equal(projectDeployment({ ...base, 'spec/job/parallelism': tms }).totals.memoryLimitBytes.value, gib * GIB);
  assert.equal(projectDeployment({ ...base, 'spec/job': DELETE }).totals.memoryLimitBytes.value, 4 * GIB);
});

test('suspended jobs remove all pods', () => {
  const p = projectDeployment({ 'spec/job/state': 'suspended' });
  assert.deepEqual([p.taskManager.count.value, p.jobManager.count.value, p.totals.pods.value], [0, 0, 0]);
});
