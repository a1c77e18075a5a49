/** Recognising Flink resources and reading their fields: forms, aliases, templates, hints. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analysis';
import { projectOne, projectText } from '../support/fixture';

const HEAD = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: demo\n';
const MEMORY = '  jobManager:\n    resource: { memory: 2g, cpu: 1 }\n  taskManager:\n    resource: { memory: 4g, cpu: 2 }\n';

test('only flink.apache.org kinds are resources; everything else is ignored', () => {
  const text = [
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: flink}\nspec: {replicas: 3}',
    'apiVersion: flinkoperator.k8s.io/v1beta1\nkind: FlinkCluster\nmetadata: {name: x}',
    'apiVersion: v1\nkind: ConfigMap\ndata:\n  flink-conf.yaml: |\n    taskmanager.numberOfTaskSlots: 4',
    `${HEAD}spec:\n  flinkVersion: v1_20\n${MEMORY}  job:\n    parallelism: 2`,
    'apiVersion: flink.apache.org/v1beta1\nkind: FlinkStateSnapshot\nmetadata: {name: snap}\nspec:\n  savepoint: {}',
  ].join('\n---\n');
  const analysis = analyze(text);
  assert.deepEqual(analysis.resources.map((r) => r.resource.kind), ['FlinkDeployment', 'FlinkStateSnapshot']);
  assert.equal(analysis.resources[1]?.projection, undefined);
});

test('nested and flat flinkConfiguration flatten alike; a flat key beats its nested spelling (keys are stored sorted)', () => {
  const nested = `${HEAD}spec:\n  flinkVersion: v1_20\n  flinkConfiguration:\n    taskmanager:\n      numberOfTaskSlots: 3\n${MEMORY}  job:\n    parallelism: 7\n`;
  assert.equal(projectOne(nested).slotsPerTaskManager.value, 3);
  const both = `${HEAD}spec:\n  flinkVersion: v1_20\n  flinkConfiguration:\n    taskmanager.numberOfTaskSlots: "2"\n    taskmanager:\n      numberOfTaskSlots: 5\n${MEMORY}  job:\n    parallelism: 7\n`;
  const p = projectOne(both);
  assert.deepEqual([p.slotsPerTaskManager.value, p.taskManager.count.value], [2, 4]);
});

test('anchors, aliases and merge keys resolve', () => {
  const text = `${HEAD}spec:\n  flinkVersion: v1_20\n  jobManager:\n    resource: &res { memory: 2g, cpu: 1 }\n  taskManager:\n    <<: { replicas: 2 }\n    resource: *res\n  flinkConfiguration:\n    taskmanager.numberOfTaskSlots: "2"\n  job: { parallelism: 1 }\n`;
  const p = projectOne(text);
  assert.deepEqual([p.parallelism.value, p.taskManager.count.value, p.taskManager.processBytes.value], [4, 2, 2 ** 31]);
});

test('Helm templates: templated values are unknown, not guessed, and spans stay true', () => {
  const text = `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: {{ include "app.fullname" . }}
  labels:
    {{- include "app.labels" . | nindent 4 }}
spec:
  image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
  flinkVersion: v1_20
  flinkConfiguration:
    {{- toYaml .Values.flinkConfiguration | nindent 4 }}
  jobManager:
    resource:
      memory: 2g
  taskManager:
    replicas: {{ .Values.replicas }}
    resource:
      memory: {{ .Values.tm.memory | quote }}
{{- if .Values.job.enabled }}
  job:
    jarURI: local:///opt/app.jar
    parallelism: 4
{{- end }}
`;
  const analysis = analyze(text);
  assert.equal(analysis.internalError, undefined);
  const [r] = analysis.resources;
  assert.ok(r?.projection);
  assert.equal(r.resource.name?.kind, 'unknown');
  assert.equal(r.projection.parallelism.value, null);
  assert.equal(r.projection.slotsPerTaskManager.value, null);
  assert.match(r.projection.slotsPerTaskManager.reason, /template/);
  assert.equal(r.projection.taskManager.processBytes.value, null);
  assert.equal(r.projection.jobManager.processBytes.value, 2 ** 31, 'literal values next to templates still count');
  assert.ok(r.projection.unknown.length > 0);
  const job = r.resource.spec?.job;
  assert.ok(job && 'kind' in job && job.kind === 'unknown', 'a job inside {{ if }} may be absent');
  assert.match(job.reason, /template condition/);
  const tm = r.resource.spec?.taskManager;
  assert.ok(tm && !('kind' in tm) && tm.replicas?.kind === 'unknown');
  assert.equal(text.slice(tm.replicas.span.start, tm.replicas.span.end), '{{ .Values.replicas }}');
});

test('Helm if/else branches make their values unknown', () => {
  const text = `${HEAD}spec:\n  flinkVersion: v1_20\n  flinkConfiguration:\n{{- if .Values.big }}\n    taskmanager.numberOfTaskSlots: "4"\n{{- else }}\n    taskmanager.numberOfTaskSlots: "2"\n{{- end }}\n${MEMORY}  job:\n    parallelism: 4\n`;
  const p = projectOne(text);
  assert.equal(p.slotsPerTaskManager.value, null);
  assert.equal(p.parallelism.value, 4);
});

test('a template that may add keys to flinkConfiguration makes unset keys unknown', () => {
  const text = `${HEAD}spec:\n  flinkVersion: v1_20\n  flinkConfiguration:\n    state.backend.type: rocksdb\n    {{- with .Values.extra }}\n    {{- toYaml . | nindent 4 }}\n    {{- end }}\n${MEMORY}  job:\n    parallelism: 2\n`;
  const p = projectOne(text);
  assert.equal(p.slotsPerTaskManager.value, null);
  assert.equal(p.parallelism.value, 2);
});

test('job-graph hint: malformed hints are reported and ignored, a second hint too', () => {
  const text = `# flink-k8s: slot-sharing-groups=default,x\n# flink-k8s: slot-sharing-groups=3\n# flink-k8s: slot-sharing-groups=4\n${HEAD}spec:\n${MEMORY}  job:\n    parallelism: 2\n`;
  const [r] = analyze(text).resources;
  assert.deepEqual(r?.resource.hint.groups, [{ kind: 'at-least', parallelism: 3 }]);
  const problems = r?.resource.problems.filter((p) => p.code === 'job-graph-hint') ?? [];
  assert.equal(problems.length, 2);
  assert.match(problems[0]?.message ?? '', /"x" is not a group/);
  assert.equal(text.slice(problems[0]?.span.start, problems[0]?.span.end), '# flink-k8s: slot-sharing-groups=default,x');
  for (const bad of ['slot-sharing-groups=', 'slot-sharing-groups=0', 'groups=2', 'slot-sharing-groups=3,,4']) {
    const [one] = analyze(`# flink-k8s: ${bad}\n${HEAD}`).resources;
    assert.equal(one?.resource.hint.groups, undefined, bad);
    assert.equal(one?.resource.problems.length, 1, bad);
  }
});

test('hints belong to their own document of a multi-document file', () => {
  const one = `${HEAD}spec:\n  flinkVersion: v1_20\n${MEMORY}  job:\n    parallelism: 2\n`;
  const text = `${one}---\n# flink-k8s: slot-sharing-groups=default,6\n${one.replace('demo', 'other')}`;
  const [a, b] = projectText(text);
  assert.deepEqual([a?.slotsNeeded.value, b?.slotsNeeded.value], [2, 8]);
});

test('session jobs find their session cluster in the same namespace', () => {
  const cluster = `${HEAD.replace('demo', 'session')}  namespace: ns\nspec:\n  flinkVersion: v1_20\n  flinkConfiguration: { taskmanager.numberOfTaskSlots: "4" }\n${MEMORY}`;
  const job = (name: string, parallelism: number, ns = 'ns') => `apiVersion: flink.apache.org/v1beta1\nkind: FlinkSessionJob\nmetadata: { name: ${name}, namespace: ${ns} }\nspec:\n  deploymentName: session\n  job: { jarURI: "https://example.com/a.jar", parallelism: ${parallelism} }\n`;
  const [c, j1, j2, j3] = projectText([cluster, job('a', 3), job('b', 6), job('c', 1, 'other')].join('---\n'));
  assert.deepEqual([c?.slotsNeeded.value, c?.taskManager.count.value, c?.totals.pods.value], [9, 3, 4]);
  assert.deepEqual([j1?.taskManager.count.value, j1?.totals.pods.value, j1?.sessionCluster], [1, 0, 'session']);
  assert.equal(j2?.taskManager.count.value, 2);
  assert.equal(j3?.slotsPerTaskManager.value, null);
  assert.match(j3?.slotsPerTaskManager.reason ?? '', /not found/);
});

test('FlinkBlueGreenDeployment projects its template spec', () => {
  const text = `apiVersion: flink.apache.org/v1beta1\nkind: FlinkBlueGreenDeployment\nmetadata: { name: bg }\nspec:\n  template:\n    spec:\n      flinkVersion: v1_20\n      flinkConfiguration: { taskmanager.numberOfTaskSlots: "2" }\n      jobManager: { resource: { memory: 2g, cpu: 1 } }\n      taskManager: { resource: { memory: 2g, cpu: 1 } }\n      job: { parallelism: 6 }\n`;
  const p = projectOne(text);
  assert.deepEqual([p.parallelism.value, p.taskManager.count.value], [6, 3]);
});

test('autoscaler range: per-group bounds, default max parallelism and TaskManagers', () => {
  const text = `${HEAD}spec:\n  flinkVersion: v1_20\n  flinkConfiguration:\n    taskmanager.numberOfTaskSlots: "2"\n    job.autoscaler.enabled: "true"\n    job.autoscaler.vertex.max-parallelism: "24"\n${MEMORY}  job:\n    parallelism: 4\n`;
  const a = projectOne(text).autoscaler;
  assert.ok(a);
  assert.deepEqual([a.minParallelism, a.maxParallelism, a.taskManagers.min, a.taskManagers.max], [1, 24, 1, 12]);
  assert.deepEqual([a.cpu.min, a.cpu.max], [3, 25]);
  const capped = projectOne(text.replace('"24"', '"500"').replace('parallelism: 4', 'parallelism: 4\n    # flink-k8s: slot-sharing-groups=default'));
  assert.equal(capped.autoscaler?.maxParallelism, 128, 'default max parallelism of a small job is 128');
  assert.equal(projectOne(text.replace('"true"', '"false"')).autoscaler, undefined);
});

test('the operator\'s canary resources deploy nothing and get no projection', () => {
  const text = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: canary\n  labels:\n    "flink.apache.org/canary": "true"\n';
  const [r] = analyze(text).resources;
  assert.equal(r?.resource.canary, true);
  assert.equal(r?.projection, undefined);
});
