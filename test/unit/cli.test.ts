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
