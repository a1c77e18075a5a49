/**
 * The published measurement on a real cluster (issue #2, flink-semantics.md §3.5): a job with
 * two sources, each in its own slot sharing group, native application mode. The job-graph hint
 * describes the program; the projection must reproduce every observed row.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectOne } from '../support/fixture';

const ROWS = [
  { replicas: 1, slots: 6, parallelism: 10, hint: 'default,default', tms: 2, total: 12, p: 6 },
  { replicas: 1, slots: 11, parallelism: 10, hint: 'default,default', tms: 2, total: 22, p: 11 },
  { replicas: 4, slots: 1, parallelism: 1, hint: 'default,default', tms: 8, total: 8, p: 4 },
  { replicas: 4, slots: 1, parallelism: 1, hint: '5,5', tms: 10, total: 10, p: 4 },
  { replicas: 4, slots: 3, parallelism: 2, hint: '5,5', tms: 8, total: 24, p: 12 },
  { replicas: 1, slots: 5, parallelism: 1, hint: '10,10', tms: 4, total: 20, p: 5 },
];

function resource(row: (typeof ROWS)[number]): string {
  return `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: two-sources
spec:
  image: flink:1.20
  flinkVersion: v1_20
  serviceAccount: flink
  flinkConfiguration:
    taskmanager.numberOfTaskSlots: "${row.slots}"
  jobManager:
    resource: { memory: 2048m, cpu: 1 }
  taskManager:
    replicas: ${row.replicas}
    resource: { memory: 2048m, cpu: 1 }
  job:
    # flink-k8s: slot-sharing-groups=${row.hint}
    jarURI: local:///opt/flink/usrlib/two-sources.jar
    parallelism: ${row.parallelism}
`;
}

ROWS.forEach((row, i) => {
  test(`blog row T${i + 1}: ${row.tms} TaskManagers, ${row.total}/${row.total} slots, P ${row.p}`, () => {
    const p = projectOne(resource(row));
    assert.equal(p.parallelism.value, row.p);
    assert.equal(p.taskManager.count.value, row.tms);
    assert.equal(p.totalSlots.value, row.total);
    assert.equal(p.slotsNeeded.value, row.total, 'every slot is used');
    assert.equal(p.idleSlots.value, 0);
    assert.equal(p.ignoredJobParallelism?.value, row.parallelism);
  });
});

test('standalone mode gets only the replicas, so the same job misses slots', () => {
  const text = resource(ROWS[4]!).replace('spec:\n', 'spec:\n  mode: standalone\n');
  const p = projectOne(text);
  assert.deepEqual([p.taskManager.count.value, p.totalSlots.value, p.slotsNeeded.value, p.missingSlots.value], [4, 12, 24, 12]);
});

test('an "=N" group runs entirely at N, below or above P', () => {
  const text = resource(ROWS[4]!).replace('slot-sharing-groups=5,5', 'slot-sharing-groups=default,=3,=20');
  const p = projectOne(text);
  assert.deepEqual(p.slotSharingGroups.map((g) => g.slots), [12, 3, 20]);
  assert.equal(p.slotsNeeded.value, 35);
  assert.equal(p.taskManager.count.value, 12);
});
