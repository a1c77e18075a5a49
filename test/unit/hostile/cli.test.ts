/** Hostile files through the built CLI, as CI would meet them: it answers, never crashes. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { aliasBomb, hugeResource, VALID } from '../../support/hostile-texts';

const bin = path.join(__dirname, '..', '..', '..', '..', 'bin', 'flink-k8s.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-k8s-hostile-'));

function check(name: string, content: string | Buffer) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  const r = spawnSync(process.execPath, [bin, 'check', '--format', 'json', file], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.signal, null, `${name}: killed (${r.signal})`);
  // Nothing on stderr but, for a file without a Flink resource, the note that says so.
  assert.match(r.stderr, /^(flink-k8s: no Flink resource \(apiVersion flink\.apache\.org\/\.\.\.\) in 1 YAML input; .*\n)?$/, name);
  return { code: r.status, findings: (JSON.parse(r.stdout) as { findings: Array<{ rule: string; line: number; message: string }> }).findings };
}

test('binary and invalid UTF-8 files: no findings, exit 0', () => {
  const bytes = Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 256));
  assert.deepEqual(check('binary.yaml', bytes), { code: 0, findings: [] });
  assert.deepEqual(check('latin1.yaml', Buffer.from('name: caf\xe9\nkind: \xff\xfe\n', 'latin1')), { code: 0, findings: [] });
});

test('a Flink resource with invalid UTF-8 in a value is still checked; on a line of its own it is one syntax error', () => {
  const inValue = Buffer.concat([Buffer.from(`${VALID.replace('name: hostile', 'name: bad')}    entryClass: com.example.`), Buffer.from([0xc3, 0x28, 0xff, 0x0a])]);
  assert.ok(check('broken-utf8.yaml', inValue).findings.some((f) => f.rule === 'job-parallelism-ignored'));
  const ownLine = Buffer.concat([Buffer.from(VALID.replace('name: hostile', 'name: bad')), Buffer.from([0xc3, 0x28, 0xff, 0x0a])]);
  const lines = VALID.split('\n').length;
  assert.deepEqual(check('garbage-line.yaml', ownLine).findings.map((f) => [f.rule, f.line]), [['yaml-syntax', lines]]);
});

test('a 10 MiB file is analysed fully (the editor limit is not the CLI\'s); an alias bomb one error', () => {
  const lines = VALID.split('\n').length;
  const huge = hugeResource(10);
  assert.deepEqual(check('huge.yaml', huge.slice(0, huge.lastIndexOf('\n') + 1)).findings.map((f) => [f.rule, f.line]), [['job-parallelism-ignored', lines - 1]]);
  const bomb = check('bomb.yaml', aliasBomb(10));
  assert.equal(bomb.code, 1);
  assert.ok(bomb.findings.some((f) => f.rule === 'yaml-syntax' && /excessive aliasing/.test(f.message)));
});
