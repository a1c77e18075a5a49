/**
 * The CLI analyses large files fully (the editor's 2 MiB typing limit is not the CLI's), and a
 * run past its own bound stops with exit 2 and a clear message: never a silent pass.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hugeResource } from '../support/hostile-texts';
import { MAX_ANALYSED_LENGTH } from '../../server/src/core/size-limit';
import { MAX_CLI_INPUT } from '../../server/src/cli/input-limit';

const root = path.join(__dirname, '..', '..', '..');
const bin = path.join(root, 'bin', 'flink-k8s.js');

function cli(args: string[], input = '') {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', input, maxBuffer: 64 * 2 ** 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A 3 MiB file (whole lines) whose resource lacks its serviceAccount. */
function hugeWithMistake(dir: string): string {
  const cut = hugeResource(3).replace(/^ {2}serviceAccount: .*\n/m, '');
  const text = cut.slice(0, cut.lastIndexOf('\n') + 1);
  assert.ok(text.length > MAX_ANALYSED_LENGTH);
  const file = path.join(dir, 'huge.yaml');
  fs.writeFileSync(file, text);
  return file;
}

test('a file past the editor limit is analysed fully by check and report', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-k8s-large-'));
  const file = hugeWithMistake(dir);
  const check = cli(['check', '--require-resources', '--max-warnings', '0', file]);
  assert.equal(check.code, 1);
  assert.match(check.stdout, /error service-account/);
  assert.doesNotMatch(check.stdout, /file-too-large/);
  assert.equal(check.stderr, '');
  const report = cli(['report', '--format', 'json', file]);
  assert.equal(report.code, 0);
  assert.equal((JSON.parse(report.stdout) as { resources: unknown[] }).resources.length, 1);
  const piped = cli(['check', '-'], fs.readFileSync(file, 'utf8'));
  assert.match(piped.stdout, /^<stdin>:\d+:\d+ error service-account/m);
});

test('past the CLI bound the run stops with exit 2 and names the file, for files and standard input', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-k8s-bound-'));
  const file = path.join(dir, 'platform.yaml');
  const text = hugeResource(MAX_CLI_INPUT / 2 ** 20 + 1);
  fs.writeFileSync(file, text);
  for (const command of ['check', 'report', 'config']) {
    const r = cli([command, file]);
    assert.equal(r.code, 2, command);
    assert.equal(r.stdout, '', command);
    assert.match(r.stderr, /^flink-k8s: .*platform\.yaml is 17 MiB; one run analyses at most 16 MiB of YAML/, command);
  }
  assert.match(cli(['check', '-'], text).stderr, /^flink-k8s: <stdin> is 17 MiB; one run analyses at most 16 MiB/);
  // Two files under the bound that exceed it together: the total and the largest are named.
  const half = path.join(dir, 'half');
  fs.mkdirSync(half);
  fs.writeFileSync(path.join(half, 'a.yaml'), text.slice(0, 10 * 2 ** 20));
  fs.writeFileSync(path.join(half, 'b.yaml'), text.slice(0, 9 * 2 ** 20));
  const both = cli(['check', half]);
  assert.equal(both.code, 2);
  assert.match(both.stderr, /the YAML inputs add up to 19 MiB in all \(.*a\.yaml alone is 10 MiB\)/);
  // changes reads both sides into memory too: the same bound, before the second file is read.
  const changes = cli(['changes', path.join(half, 'a.yaml'), path.join(half, 'b.yaml')]);
  assert.deepEqual([changes.code, changes.stdout], [2, '']);
  assert.match(changes.stderr, /^flink-k8s: the YAML inputs add up to 19 MiB in all \(.*a\.yaml alone is 10 MiB\); one run analyses at most 16 MiB/);
});
