/**
 * `flink-k8s check` on a kustomize base shared by two overlays: the base is built once per
 * overlay, but a finding is reported once, as the editor shows it; a finding that only some
 * overlays have says which.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..', '..');
const bin = path.join(root, 'bin', 'flink-k8s.js');

function sharedBase(edit: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-shared-base-'));
  fs.cpSync(path.join(root, 'test', 'fixtures', 'overlay-shared-base'), dir, { recursive: true });
  edit(dir);
  return dir;
}

function check(dir: string): Array<{ file: string; line: number; rule: string; message: string }> {
  const r = spawnSync(process.execPath, [bin, 'check', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
  return (JSON.parse(r.stdout) as { findings: Array<{ file: string; line: number; rule: string; message: string }> }).findings;
}

function replaceIn(file: string, from: string, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  assert.ok(text.includes(from), `${file} has ${from}`);
  fs.writeFileSync(file, text.replace(from, to));
}

test('a finding on a base every overlay builds is reported once', () => {
  const dir = sharedBase((d) => replaceIn(path.join(d, 'base', 'flinkdeployment.yaml'), '    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    state.backend: rocksdb\n'));
  const found = check(dir).filter((f) => f.rule === 'deprecated-config-key');
  assert.deepEqual(found.map((f) => [f.file, f.line, f.message]), [[path.join('base', 'flinkdeployment.yaml'), 12, '"state.backend" is deprecated; use "state.backend.type".']]);
});

test('a finding on a shared base that only one overlay has names that overlay', () => {
  // prod loses its HA settings, so only prod keeps last-state without HA; staging patches upgradeMode away.
  const dir = sharedBase((d) => replaceIn(path.join(d, 'overlays', 'prod', 'scale-up.yaml'), '    high-availability.type: kubernetes\n    high-availability.storageDir: s3://order-events/ha\n', ''));
  const found = check(dir).filter((f) => f.rule === 'jobmanager-ha');
  assert.equal(found.length, 1);
  assert.match(found[0]?.message ?? '', / \(overlay prod\)$/);
  assert.equal(found[0]?.file, path.join('base', 'flinkdeployment.yaml'));
});
