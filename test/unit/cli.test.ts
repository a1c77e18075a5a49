/** `flink-k8s report` as a user runs it: the built bin on real files, text and JSON, exit codes. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..', '..');
const bin = path.join(root, 'bin', 'flink-k8s.js');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('report --format json examples/ prints the documented shape', () => {
  const { code, stdout } = cli('report', '--format', 'json', 'examples/');
  assert.equal(code, 0);
  const { resources } = JSON.parse(stdout) as { resources: Array<Record<string, unknown>> };
  assert.ok(resources.length >= 8);
  const fields = ['file', 'line', 'name', 'namespace', 'kind', 'mode', 'parallelism', 'slotsPerTaskManager', 'slotsNeeded', 'taskManagers', 'jobManagers', 'taskManager', 'jobManager', 'totals', 'unknown'];
  for (const r of resources) for (const f of fields) assert.ok(f in r, `${String(r.name)} lacks ${f}`);
  const tmKeys = ['frameworkHeap', 'taskHeap', 'managed', 'network', 'frameworkOffHeap', 'taskOffHeap', 'metaspace', 'overhead'];
  const first = resources.find((r) => r.name === 'clickstream-sessionizer') as Record<string, any>;
  assert.deepEqual([first.file, first.line, first.kind, first.namespace, first.mode, first.parallelism, first.taskManagers, first.jobManagers], ['examples/01-native-replicas.yaml', 7, 'FlinkDeployment', 'flink', 'native', 6, 3, 1]);
  for (const k of tmKeys) assert.equal(typeof first.taskManager.memory[k], 'number', k);
  assert.deepEqual(Object.keys(first.jobManager.memory).slice(0, 4), ['heap', 'offHeap', 'metaspace', 'overhead']);
  assert.equal(first.taskManager.memoryBytes, 4 * 2 ** 30);
  assert.deepEqual(first.totals, { pods: 4, cpu: 7, cpuLimit: 7, memoryBytes: 14 * 2 ** 30, memoryLimitBytes: 14 * 2 ** 30 });
  assert.deepEqual(first.unknown, []);
});

test('report prints a readable block per resource and a summary', () => {
  const { code, stdout } = cli('report', 'examples/02-native-parallelism-hint.yaml');
  assert.equal(code, 0);
  assert.match(stdout, /FlinkDeployment flink\/orders-enrichment/);
  assert.match(stdout, /TaskManagers\s+5\s+native mode: Flink starts ceil\(18 slots needed \/ 4 per TaskManager\)/);
  assert.match(stdout, /status replicas\s+2/);
  assert.match(stdout, /1 Flink resource: 6 pods · 11 CPU · 22 GiB/);
});

test('unknown values are null in JSON and explained', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-k8s-cli-'));
  const file = path.join(dir, 'chart.yaml');
  fs.writeFileSync(file, 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: x\nspec:\n  jobManager:\n    resource: { memory: 2g }\n  taskManager:\n    replicas: {{ .Values.replicas }}\n    resource: { memory: 2g }\n  job:\n    parallelism: 2\n');
  const { code, stdout } = cli('report', '--format=json', file);
  assert.equal(code, 0);
  const [r] = (JSON.parse(stdout) as { resources: Array<Record<string, any>> }).resources;
  assert.equal(r?.parallelism, null);
  assert.equal(r?.taskManagers, null);
  assert.ok((r?.unknown as string[]).some((u) => /template/.test(u)));
});

test('exit 2 with a one-line message for a missing file or bad arguments', () => {
  const missing = cli('report', 'no/such/file.yaml');
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr.trim().split('\n').length, 1);
  assert.match(missing.stderr, /no such file or folder: no\/such\/file.yaml/);
  for (const args of [['report'], ['report', '--format', 'xml', 'examples'], ['frobnicate'], ['report', '--bogus', 'examples']]) {
    const r = cli(...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^flink-k8s: .*\n$/);
  }
  assert.equal(cli('--help').code, 0);
});

test('check: compiler-style text, exit 0 without errors', () => {
  const r = cli('check', 'examples/');
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^examples\/01-native-replicas\.yaml:44:18 info job-parallelism-ignored job\.parallelism 6 is redundant/m);
  assert.match(r.stdout, /0 errors, \d+ warnings?, \d+ infos?\n$/);
});

test('check: exit 1 on errors or too many warnings; JSON with 1-based positions and fixes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-k8s-check-'));
  const file = path.join(dir, 'bad.yaml');
  fs.writeFileSync(file, 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: Bad_Name\nspec:\n  flinkVersion: v1_20\n');
  const r = cli('check', '--format', 'json', file);
  assert.equal(r.code, 1);
  const { findings } = JSON.parse(r.stdout) as { findings: Array<Record<string, any>> };
  const name = findings.find((f) => f.rule === 'resource-name');
  assert.deepEqual([name?.line, name?.column, name?.endLine, name?.endColumn, name?.severity], [4, 9, 4, 17, 'error']);
  assert.equal(name?.fixes[0].title, 'Rename to "bad-name"');
  assert.deepEqual(name?.fixes[0].edits[0], { line: 4, column: 9, endLine: 4, endColumn: 17, newText: 'bad-name' });
  assert.equal(cli('check', '--max-warnings', '0', '--operator-version', '1.15', 'examples/').code, 1);
  assert.equal(cli('check', '--max-warnings', '100', 'examples/').code, 0);
});

test('check: SARIF 2.1.0 that code scanning accepts', () => {
  const r = cli('check', '--format', 'sarif', 'examples/');
  const sarif = JSON.parse(r.stdout);
  assert.equal(sarif.version, '2.1.0');
  const run = sarif.runs[0];
  assert.equal(run.tool.driver.name, 'flink-k8s');
  assert.ok(run.tool.driver.rules.length >= 40);
  const result = run.results[0];
  assert.ok(['error', 'warning', 'note'].includes(result.level));
  assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
  const region = result.locations[0].physicalLocation.region;
  assert.ok(region.startLine >= 1 && region.startColumn >= 1);
  assert.match(result.locations[0].physicalLocation.artifactLocation.uri, /^examples\/.+\.yaml$/);
});

test('check relates files: an HPA in one file scales a FlinkDeployment in another', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-k8s-hpa-'));
  fs.copyFileSync(path.join(root, 'examples', '01-native-replicas.yaml'), path.join(dir, 'job.yaml'));
  fs.writeFileSync(path.join(dir, 'hpa.yaml'), 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: { name: tm-hpa, namespace: flink }\nspec:\n  minReplicas: 2\n  maxReplicas: 6\n  scaleTargetRef: { apiVersion: flink.apache.org/v1beta1, kind: FlinkDeployment, name: clickstream-sessionizer }\n');
  const { findings } = JSON.parse(cli('check', '--format', 'json', dir).stdout) as { findings: Array<Record<string, any>> };
  const scaled = findings.find((f) => f.rule === 'external-scaler');
  assert.match(scaled?.file ?? '', /job\.yaml$/);
  assert.match(scaled?.message ?? '', /HorizontalPodAutoscaler tm-hpa \(in hpa\.yaml\) scales this deployment: 2\.\.6 TaskManager replicas, so parallelism 4\.\.12/);
});
