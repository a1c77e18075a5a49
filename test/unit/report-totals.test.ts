/** Report totals: a resource whose pod memory fails makes the totals unknown, never smaller. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { analyze } from '../../server/src/core/analysis';
import { resourceRow } from '../../server/src/core/report/row';
import { reportTotals } from '../../server/src/core/report/totals';

function rows(tmMemory: string) {
  const deployment = (name: string, memory: string) => stringify({ apiVersion: 'flink.apache.org/v1beta1', kind: 'FlinkDeployment', metadata: { name }, spec: { flinkVersion: 'v1_20', jobManager: { resource: { memory: '2g', cpu: 1 } }, taskManager: { resource: { memory, cpu: 1 } }, job: { jarURI: 'local:///x.jar', parallelism: 2 } } });
  const a = analyze([deployment('good', '2g'), deployment('other', tmMemory)].join('---\n'));
  return a.resources.flatMap(({ resource, projection }) => (projection ? [resourceRow('x.yaml', a.lines, resource, projection)] : []));
}

test('a resource whose TaskManager memory fails makes the pod, CPU and memory totals unknown', () => {
  const failing = rows('100m');
  assert.notEqual(failing[1]?.taskManager.memoryError, null, 'the fixture fails');
  const all = reportTotals(failing).all;
  assert.deepEqual([all.resources, all.pods, all.cpu, all.cpuLimit, all.memoryBytes, all.memoryLimitBytes], [2, null, null, null, null, null]);
  const fine = reportTotals(rows('2g')).all;
  assert.deepEqual([fine.pods, fine.cpu], [6, 6], 'two deployments of one JobManager and two TaskManagers of 1 CPU each');
});
