/**
 * `flink-k8s changes` as a user runs it: the built bin on files, folders and a real temporary
 * git repository (--base), in text, JSON and Markdown, with --fail-on and usage errors.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { stringify } from 'yaml';

const root = path.join(__dirname, '..', '..', '..');
const bin = path.join(root, 'bin', 'flink-k8s.js');

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function git(cwd: string, ...args: string[]) {
  const r = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

function deployment(name: string, spec: Record<string, unknown> = {}) {
  return stringify({
    apiVersion: 'flink.apache.org/v1beta1', kind: 'FlinkDeployment', metadata: { name, namespace: 'flink' },
    spec: {
      image: 'flink:1.20', flinkVersion: 'v1_20', serviceAccount: 'flink',
      flinkConfiguration: { 'taskmanager.numberOfTaskSlots': '2', 'execution.checkpointing.dir': 's3://b/cp', 'execution.checkpointing.savepoint-dir': 's3://b/sp' },
      jobManager: { resource: { memory: '2048m', cpu: 1 } }, taskManager: { resource: { memory: '4096m', cpu: 2 } },
      job: { jarURI: 'local:///opt/job.jar', parallelism: 4, upgradeMode: 'savepoint' }, ...spec,
    },
  });
}

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'flink-k8s-changes-'));
}

test('changes BEFORE AFTER on files: text shows the action, the fields and the projection delta', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'before.yaml'), deployment('orders'));
  fs.writeFileSync(path.join(dir, 'after.yaml'), deployment('orders').replace('parallelism: 4', 'parallelism: 8'));
  const { code, stdout } = cli(dir, 'changes', 'before.yaml', 'after.yaml');
  assert.equal(code, 0);
  assert.equal(stdout, [
    'after.yaml:1  FlinkDeployment flink/orders: upgrade, restarts from a savepoint',
    '  The operator stops the job with a savepoint and restores it from that savepoint.',
    '  job state: savepoint',
    '  - if the job is not running when the change arrives, the operator restores from the last savepoint or checkpoint it knows of, or falls back to its latest checkpoint (kubernetes.operator.job.upgrade.last-state-fallback.enabled, default true)',
    '  spec.job.parallelism (line 24): 4 → 8 [upgrade]',
    '  projection: parallelism 4 → 8, TaskManagers 2 → 4, slots 4 → 8, CPU 5 → 9, memory 10 GiB → 18 GiB',
    '',
    '1 resource change: 1 upgrade.',
    '',
  ].join('\n'));
});

test('changes on folders in JSON: the documented shape, one entry per changed, added or removed resource', () => {
  const dir = tmp();
  fs.mkdirSync(path.join(dir, 'a'));
  fs.mkdirSync(path.join(dir, 'b'));
  fs.writeFileSync(path.join(dir, 'a', 'one.yaml'), deployment('same') + '---\n' + deployment('gone'));
  fs.writeFileSync(path.join(dir, 'b', 'one.yaml'), deployment('same'));
  fs.writeFileSync(path.join(dir, 'b', 'two.yaml'), deployment('new', { image: 'flink:2.0' }));
  const { code, stdout } = cli(dir, 'changes', '--format', 'json', 'a', 'b');
  assert.equal(code, 0);
  const { changes } = JSON.parse(stdout) as { changes: Array<Record<string, unknown>> };
  assert.deepEqual(changes.map((c) => [c.file, c.line, c.name, c.class, c.state]), [['b/two.yaml', 1, 'new', 'create', 'none'], ['a/one.yaml', 27, 'gone', 'delete', 'discarded']]);
  for (const c of changes) for (const k of ['file', 'line', 'kind', 'namespace', 'name', 'class', 'headline', 'action', 'fields', 'conditions', 'state', 'losesState', 'findings', 'projection']) assert.ok(k in c, k);
  assert.deepEqual(Object.keys((changes[0]?.projection as { after: object }).after), ['parallelism', 'taskManagers', 'slotsPerTaskManager', 'totalSlots', 'jobManagers', 'cpu', 'memoryBytes']);
});

test('--fail-on exits 1 when a change has one of the classes, 0 otherwise', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'before.yaml'), deployment('orders'));
  fs.writeFileSync(path.join(dir, 'after.yaml'), deployment('orders', { mode: 'standalone' }));
  assert.equal(cli(dir, 'changes', '--fail-on', 'savepoint-redeploy,rejected', 'before.yaml', 'after.yaml').code, 1);
  assert.equal(cli(dir, 'changes', '--fail-on=savepoint-redeploy', 'before.yaml', 'after.yaml').code, 0);
  assert.equal(cli(dir, 'changes', 'before.yaml', 'after.yaml').code, 0, 'no --fail-on: exit 0');
});

test('--base compares the working tree with a git ref in a real repository, including deleted and new files', () => {
  const dir = tmp();
  git(dir, 'init', '-q');
  fs.mkdirSync(path.join(dir, 'deploy'));
  fs.writeFileSync(path.join(dir, 'deploy', 'orders.yaml'), deployment('orders'));
  fs.writeFileSync(path.join(dir, 'deploy', 'old.yaml'), deployment('old'));
  fs.writeFileSync(path.join(dir, 'notes.yaml'), 'kind: ConfigMap\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  fs.writeFileSync(path.join(dir, 'deploy', 'orders.yaml'), deployment('orders').replace('upgradeMode: savepoint', 'upgradeMode: savepoint\n    savepointRedeployNonce: 2\n    initialSavepointPath: s3://b/sp/1'));
  fs.rmSync(path.join(dir, 'deploy', 'old.yaml'));
  fs.writeFileSync(path.join(dir, 'deploy', 'fresh.yaml'), deployment('fresh'));
  const all = cli(dir, 'changes', '--base', 'HEAD', '--format', 'json');
  assert.equal(all.code, 0, all.stderr);
  const entries = (JSON.parse(all.stdout) as { changes: Array<{ file: string; name: string; class: string }> }).changes;
  assert.deepEqual(entries.map((c) => [c.file, c.name, c.class]), [['deploy/fresh.yaml', 'fresh', 'create'], ['deploy/orders.yaml', 'orders', 'savepoint-redeploy'], ['deploy/old.yaml', 'old', 'delete']]);
  const sub = cli(path.join(dir, 'deploy'), 'changes', '--base', 'HEAD', 'orders.yaml');
  assert.match(sub.stdout, /^orders\.yaml:1 {2}FlinkDeployment flink\/orders: savepoint-redeploy, redeploys from initialSavepointPath\n/);
  assert.equal(cli(dir, 'changes', '--base', 'HEAD', '--fail-on', 'savepoint-redeploy').code, 1);
  const clean = cli(dir, 'changes', '--base', 'HEAD', 'notes.yaml');
  assert.equal(clean.stdout, 'No Flink resource changes.\n');
});

test('--base outside a repository, an unknown ref and bad arguments are usage errors (exit 2)', () => {
  const dir = tmp();
  const outside = cli(dir, 'changes', '--base', 'HEAD');
  assert.equal(outside.code, 2);
  assert.match(outside.stderr, /--base needs a git repository/);
  git(dir, 'init', '-q');
  fs.writeFileSync(path.join(dir, 'a.yaml'), deployment('a'));
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'x');
  const unknown = cli(dir, 'changes', '--base', 'no-such-branch');
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown git ref "no-such-branch"/);
  for (const args of [['changes'], ['changes', 'a.yaml'], ['changes', '--format', 'sarif', 'a.yaml', 'a.yaml'], ['changes', '--fail-on', 'explode', 'a.yaml', 'a.yaml'], ['changes', '--base', '--format']]) {
    const r = cli(dir, ...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^flink-k8s: /);
  }
});
