/**
 * The whole pod Kubernetes schedules when the pod template adds containers next to Flink's:
 * the larger of what runs together and what each init container needs (with the sidecars
 * started before it), per resource; Flink's main container stays as Flink sizes it.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analysis';
import { resourceRow, ResourceRow } from '../../server/src/core/report/row';

const MiB = 2 ** 20;
const GiB = 2 ** 30;

function row(text: string): ResourceRow {
  const a = analyze(text);
  const [r] = a.resources;
  assert.ok(r?.projection);
  return resourceRow('x.yaml', a.lines, r.resource, r.projection);
}

/** A FlinkDeployment (TaskManager 2 CPU · 4 GiB, JobManager 1 CPU · 2 GiB, 2 TaskManagers) with the given pod templates. */
function deployment(common: string, taskManagerTemplate = ''): string {
  return `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: x
spec:
  image: flink:1.20
  flinkVersion: v1_20
  flinkConfiguration:
    taskmanager.numberOfTaskSlots: "2"
  podTemplate:
    spec:
${common.replace(/^/gm, '      ')}
  jobManager:
    resource: { cpu: 1, memory: 2048m }
  taskManager:
    resource: { cpu: 2, memory: 4096m }
${taskManagerTemplate ? `    podTemplate:\n      spec:\n${taskManagerTemplate.replace(/^/gm, '        ')}\n` : ''}  job:
    jarURI: local:///opt/flink/usrlib/x.jar
    parallelism: 4
`;
}

test('a sidecar and an init container from the pod template: the pod total adds the sidecar; Flink\'s container is unchanged', () => {
  const text = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'flink-real', 'podtemplate-sidecar-init-container.yaml'), 'utf8');
  const r = row(text);
  assert.deepEqual([r.taskManager.cpu, r.taskManager.memoryRequestBytes, r.totals.cpu, r.totals.memoryBytes], [2, 4 * GiB, 5, 10 * GiB], 'the Flink numbers stay');
  assert.deepEqual(r.taskManager.pod && [r.taskManager.pod.cpu, r.taskManager.pod.memoryRequestBytes, r.taskManager.pod.containers], [2.05, 4 * GiB + 64 * MiB, ['fluent-bit']]);
  assert.deepEqual(r.jobManager.pod && [r.jobManager.pod.cpu, r.jobManager.pod.memoryRequestBytes], [1.05, 2 * GiB + 64 * MiB]);
  assert.deepEqual(r.podTotals, { cpu: 5.15, memoryBytes: 2 * (4 * GiB + 64 * MiB) + 2 * GiB + 64 * MiB });
});

test('an init container larger than everything that runs after it decides the pod', () => {
  const r = row(deployment('initContainers:\n  - name: warm-cache\n    image: busybox\n    resources:\n      requests: { cpu: "3", memory: 6Gi }'));
  assert.deepEqual(r.taskManager.pod && [r.taskManager.pod.cpu, r.taskManager.pod.memoryRequestBytes], [3, 6 * GiB]);
  assert.deepEqual(r.jobManager.pod && [r.jobManager.pod.cpu, r.jobManager.pod.memoryRequestBytes], [3, 6 * GiB]);
});

test('a sidecar init container (restartPolicy Always) runs with the pod and next to the init containers after it', () => {
  const r = row(deployment([
    'initContainers:',
    '  - name: proxy', '    image: envoy', '    restartPolicy: Always', '    resources: { requests: { cpu: 100m, memory: 128Mi } }',
    '  - name: migrate', '    image: busybox', '    resources: { requests: { cpu: 1900m, memory: 4Gi } }',
  ].join('\n')));
  // Running: 2 + 0.1 CPU, 4 GiB + 128 MiB; while migrate runs: 1.9 + 0.1 CPU, 4 GiB + 128 MiB.
  assert.deepEqual(r.taskManager.pod && [r.taskManager.pod.cpu, r.taskManager.pod.memoryRequestBytes], [2.1, 4 * GiB + 128 * MiB]);
  assert.deepEqual(r.jobManager.pod && [r.jobManager.pod.cpu, r.jobManager.pod.memoryRequestBytes], [2, 4 * GiB + 128 * MiB]);
});

test('a limit without a request is the request; the role template merges into the common one by position', () => {
  const common = 'containers:\n  - name: flink-main-container\n  - name: log-shipper\n    image: fluent-bit\n    resources: { limits: { cpu: 50m, memory: 100M } }';
  const r = row(deployment(common, 'containers:\n  - name: flink-main-container\n  - resources: { requests: { cpu: 250m } }'));
  assert.deepEqual(r.jobManager.pod && [r.jobManager.pod.cpu, r.jobManager.pod.memoryRequestBytes], [1.05, 2 * GiB + 100e6]);
  assert.deepEqual(r.taskManager.pod && [r.taskManager.pod.cpu, r.taskManager.pod.memoryRequestBytes, r.taskManager.pod.containers], [2.25, 4 * GiB + 100e6, ['log-shipper']]);
});

test('no other container requesting anything: no pod total; a quantity Kubernetes cannot read: unknown, with why', () => {
  const none = row(deployment('containers:\n  - name: flink-main-container\n  - name: idle\n    image: busybox'));
  assert.deepEqual([none.taskManager.pod, none.jobManager.pod, none.podTotals], [null, null, null]);
  const bad = row(deployment('containers:\n  - name: shipper\n    image: busybox\n    resources: { requests: { memory: 2gb } }'));
  assert.equal(bad.taskManager.pod?.memoryRequestBytes, null);
  assert.match(bad.taskManager.pod?.reason ?? '', /container shipper: .*2gb/);
  assert.deepEqual(bad.podTotals, { cpu: null, memoryBytes: null });
});
