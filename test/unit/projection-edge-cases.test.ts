/** Edge cases where guessing would be easy and wrong: every one must be exact or unknown. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analysis';
import { DELETE, projectDeployment, projectText } from '../support/fixture';

test('native mode: a vertex override above P raises the slots needed (§2.3, §3.1)', () => {
  const p = projectDeployment({ 'spec/job/parallelism': 5, 'spec/flinkConfiguration/pipeline.jobvertex-parallelism-overrides': 'vertex1:10,vertex2:20' });
  assert.deepEqual([p.parallelism.value, p.slotsNeeded.value, p.taskManager.count.value], [5, 20, 10]);
});

test('overrides do not lift P before operator 1.8, and V-15 still rejects a missing job.parallelism', () => {
  const changes = { 'spec/mode': 'standalone', 'spec/job/parallelism': 5, 'spec/flinkConfiguration/pipeline.jobvertex-parallelism-overrides': 'v1:20' };
  assert.equal(projectDeployment(changes, { operatorVersion: '1.7' }).parallelism.value, 5);
  assert.equal(projectDeployment({ ...changes, 'spec/job/parallelism': DELETE }).parallelism.value, null);
});

test('slots below 1: parallelism is unknown and the deployment fails (§12.3)', () => {
  for (const slots of ['0', '-2']) {
    const p = projectDeployment({ 'spec/taskManager/replicas': 3, 'spec/flinkConfiguration/taskmanager.numberOfTaskSlots': slots });
    assert.deepEqual([p.slotsPerTaskManager.value, p.parallelism.value, p.taskManager.count.value], [null, null, 0], slots);
    const memory = p.taskManager.memory;
    assert.equal(memory.status === 'failed' && memory.failure.flinkMessage, 'TaskManager memory configuration failed: TaskExecutors need to be started with a positive number of CPU cores. Please configure taskmanager.cpu.cores accordingly.');
  }
});

test('a memory model Flink rejects means no pods at all (§4.5)', () => {
  const p = projectDeployment({ 'spec/taskManager/resources/requests/memory': '981m' });
  assert.equal(p.taskManager.memory.status, 'failed');
  assert.deepEqual([p.taskManager.count.value, p.jobManager.count.value, p.totals.pods.value], [0, 0, 0]);
  assert.equal(p.taskManager.processBytes.value, 981 * 2 ** 20, 'the requested size is still shown');
});

test('templated mode, state and flinkVersion are unknown where they matter', () => {
  const state = projectDeployment({ 'spec/job/state': '{{ .Values.state }}' });
  assert.deepEqual([state.taskManager.count.value, state.jobManager.count.value, state.statusReplicas.value], [null, null, null]);
  const mode = projectDeployment({ 'spec/mode': '{{ .Values.mode }}', 'spec/flinkConfiguration/pipeline.jobvertex-parallelism-overrides': 'v1:20', 'spec/job/parallelism': 5 });
  assert.equal(mode.parallelism.value, null);
  const small = projectDeployment({ 'spec/flinkVersion': '{{ .Values.v }}' });
  assert.equal(small.taskManager.memory.status, 'ok', 'with 2 GiB the 1 GiB network cap does not matter');
  const big = projectDeployment({ 'spec/flinkVersion': '{{ .Values.v }}', 'spec/taskManager/resources/requests/memory': '16384m' });
  assert.equal(big.taskManager.memory.status, 'unknown');
});

test('suspended session jobs take no slots in their cluster', () => {
  const head = 'apiVersion: flink.apache.org/v1beta1\n';
  const cluster = `${head}kind: FlinkDeployment\nmetadata: { name: s }\nspec:\n  flinkVersion: v1_20\n  flinkConfiguration: { taskmanager.numberOfTaskSlots: "2" }\n  jobManager: { resource: { memory: 2g } }\n  taskManager: { resource: { memory: 2g } }\n`;
  const job = (name: string, p: number, state: string) => `${head}kind: FlinkSessionJob\nmetadata: { name: ${name} }\nspec:\n  deploymentName: s\n  job: { parallelism: ${p}, state: ${state} }\n`;
  const [c] = projectText([cluster, job('a', 6, 'suspended'), job('b', 2, 'running')].join('---\n'));
  assert.deepEqual([c?.slotsNeeded.value, c?.taskManager.count.value], [2, 1]);
});

test('self-referencing aliases and merge keys neither throw nor hang', () => {
  const texts = [
    'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata: {name: t}\nspec:\n  flinkConfiguration: &x {a: *x}\n',
    'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata: {name: t}\nspec: &s\n  <<: *s\n  taskManager: &tm\n    <<: [*tm, *tm]\n    replicas: 2\n  flinkConfiguration: &fc\n    x:\n      <<: *fc\n',
    `apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata: {name: t}\nspec:\n  flinkConfiguration:\n    l0: &l0 {a: 1, b: 1}\n${Array.from({ length: 30 }, (_, i) => `    l${i + 1}: &l${i + 1} {a: *l${i}, b: *l${i}}`).join('\n')}\n`,
  ];
  for (const text of texts) {
    const started = Date.now();
    assert.equal(analyze(text).internalError, undefined);
    assert.ok(Date.now() - started < 5000);
  }
});

test('an autoscaler on a session cluster has no range', () => {
  const p = projectDeployment({ 'spec/job': DELETE, 'spec/flinkConfiguration/job.autoscaler.enabled': 'true' });
  assert.equal(p.autoscaler, undefined);
});
