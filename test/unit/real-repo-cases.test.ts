/**
 * Issue 12 §3: false findings met on real repositories, each reproduced by a fixture of
 * test/fixtures/flink-real and checked on both surfaces (what `check` reports and what `report`
 * projects), so the two agree.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findingsOf } from '../support/rules';
import { rowsOf } from '../support/fixture';
import { LineIndex } from '../../server/src/core/text/line-index';

const dir = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'flink-real');
const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

function findings(text: string): string[] {
  const lines = new LineIndex(text);
  return findingsOf(text).map((f) => `${lines.position(f.span.start).line + 1} ${f.severity} ${f.rule}`);
}

test('a session job whose cluster is elsewhere: one info naming the cluster, no error, unknown JobManager cpu', () => {
  const text = read('session-job-cluster-elsewhere.yaml');
  const all = findingsOf(text);
  assert.deepEqual(all.map((f) => [f.rule, f.severity]), [['session-job', 'info']]);
  assert.match(all[0]?.message ?? '', /"shared-session"/);
  const [row] = rowsOf(text);
  assert.equal(row?.jobManager.cpu, null);
  assert.equal(row?.taskManager.cpu, null);
});

test('EMR on EKS: highAvailabilityEnabled turns HA on for standby JobManagers too', () => {
  assert.deepEqual(findings(read('emr-on-eks-ha-standby.yaml')), []);
  const off = read('emr-on-eks-ha-standby.yaml').replace('highAvailabilityEnabled: true', 'highAvailabilityEnabled: false');
  assert.deepEqual(findings(off).filter((f) => f.includes('ha-required')), ['17 error ha-required']);
});

test('a native session cluster with taskManager.replicas: warned at the field, and the report shows 0 TaskManagers', () => {
  const text = read('native-session-cluster-replicas.yaml');
  assert.deepEqual(findings(text), ['18 warning session-replicas']);
  assert.equal(rowsOf(text)[0]?.taskManagers, 0);
});

test('pod-template containers named like Flink\'s: reported at each container\'s name', () => {
  assert.deepEqual(findings(read('podtemplate-flink-named-containers.yaml')), ['19 error pod-template', '30 error pod-template']);
});

test('a whole resource inside {{- if }} ... {{- end }} is found by check and report', () => {
  const text = read('helm-template-whole-resource-guard.yaml');
  const [row] = rowsOf(text);
  assert.deepEqual([row?.kind, row?.parallelism, row?.taskManagers, row?.jobParallelismIgnored], ['FlinkDeployment', 6, 3, 8]);
  assert.deepEqual(findings(text), ['27 warning job-parallelism-ignored']);
  // A condition inside the resource still makes what it guards unknown.
  const inner = text.replace('  taskManager:\n    replicas: 3\n', '  taskManager:\n    {{- if .Values.scale }}\n    replicas: 3\n    {{- end }}\n');
  assert.equal(rowsOf(inner)[0]?.parallelism, null);
});

test('a kustomize patch: check and report agree on the ignored job.parallelism, and leave the rest to the base', () => {
  const text = read('kustomize/overlay-prod-scale-patch.yaml');
  assert.deepEqual(findings(text), ['12 warning job-parallelism-ignored']);
  const [row] = rowsOf(text);
  assert.deepEqual([row?.parallelism, row?.jobParallelismIgnored, row?.taskManagers, row?.mode], [8, 6, null, null]);
  assert.ok(row?.unknown.some((u) => /patch/.test(u)), row?.unknown.join('\n'));
  // A patch that sizes only the TaskManagers no longer "fails" in the report: the base has the rest.
  const memory = rowsOf(read('kustomize/overlay-prod-taskmanager-patch.yaml'))[0];
  assert.deepEqual([memory?.taskManager.memoryError, memory?.jobManager.memoryError, memory?.taskManagers], [null, null, null]);
});

test('the HPA and autoscaler conflict sits on job.autoscaler.enabled', () => {
  const text = read('hpa-operator-autoscaler-conflict.yaml');
  const conflict = findingsOf(text).find((f) => f.severity === 'warning' && f.rule === 'external-scaler');
  assert.equal(text.slice(conflict?.span.start, conflict?.span.end), 'job.autoscaler.enabled');
  assert.equal(text.slice(conflict?.related?.[0]?.span.start, conflict?.related?.[0]?.span.end), 'clicks-counter');
});
