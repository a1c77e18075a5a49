/**
 * The "why" of a pod's memory names the setting Flink's derivation started from (§5.3-§5.5): the
 * spec's memory (written as the process size), total Flink memory, or the fine-grained sizes.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Change, DELETE, rowsOf, deploymentYaml } from '../support/fixture';

const why = (changes: Change) => {
  const [row] = rowsOf(deploymentYaml(changes));
  return [row?.reasons['taskManager.memoryRequestBytes'], row?.reasons['jobManager.memoryRequestBytes']];
};

test('spec memory: the pod memory cites the spec field it was written from', () => {
  assert.deepEqual(why({}), ['total process memory from spec.taskManager.resources.requests.memory "2048m"', 'total process memory from spec.jobManager.resources.requests.memory "2048m"']);
  assert.deepEqual(why({ 'spec/taskManager/resources': DELETE, 'spec/taskManager/resource': { cpu: 1, memory: '4096m' } })[0], 'total process memory from spec.taskManager.resource.memory "4096m"');
});

test('memory from flinkConfiguration: total Flink memory or the fine-grained sizes are cited', () => {
  const noSpec: Change = { 'spec/taskManager/resources': DELETE, 'spec/jobManager/resources': DELETE };
  assert.deepEqual(why({ ...noSpec, 'spec/flinkConfiguration/taskmanager.memory.flink.size': '1280m', 'spec/flinkConfiguration/jobmanager.memory.process.size': '2g' }), [
    'total Flink memory from flinkConfiguration "taskmanager.memory.flink.size", plus JVM metaspace and overhead',
    'total process memory from flinkConfiguration "jobmanager.memory.process.size"',
  ]);
  const fine = why({ ...noSpec, 'spec/flinkConfiguration/taskmanager.memory.task.heap.size': '384m', 'spec/flinkConfiguration/taskmanager.memory.managed.size': '512m', 'spec/flinkConfiguration/jobmanager.memory.heap.size': '1g' });
  assert.equal(fine[0], 'Flink adds up flinkConfiguration "taskmanager.memory.task.heap.size" and flinkConfiguration "taskmanager.memory.managed.size" with the other components, rounded down to whole MiB (1728 MiB)');
  assert.equal(fine[1], 'Flink adds up flinkConfiguration "jobmanager.memory.heap.size" with the other components');
});
