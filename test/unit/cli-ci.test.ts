/**
 * The CLI as CI uses it: standard input (`-`, `--stdin-filename`), `--version`, `--help` per
 * command, a run that finds no Flink resource, and SARIF whose artifact URIs code scanning can
 * map (percent-encoded, relative to %SRCROOT%, absolute outside it), valid against SARIF 2.1.0.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sarifValidator } from '../support/sarif-schema';

const root = path.join(__dirname, '..', '..', '..');
const bin = path.join(root, 'bin', 'flink-k8s.js');
const example = fs.readFileSync(path.join(root, 'examples', '00-start-here.yaml'), 'utf8');

function cli(args: string[], options: { input?: string; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, encoding: 'utf8', input: options.input ?? '' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('- reads standard input; --stdin-filename names it in the findings', () => {
  const piped = cli(['check', '-'], { input: example });
  assert.equal(piped.code, 0);
  assert.match(piped.stdout, /^<stdin>:32:18 warning job-parallelism-ignored job\.parallelism 10 is ignored/m);
  const named = cli(['check', '--stdin-filename', 'deploy/clickstream.yaml', '--format', 'json', '-'], { input: example });
  const { findings } = JSON.parse(named.stdout) as { findings: Array<{ file: string; line: number }> };
  assert.deepEqual(findings.map((f) => [f.file, f.line]), [['deploy/clickstream.yaml', 32]]);
  const report = cli(['report', '--format', 'json', '-', 'examples/01-native-replicas.yaml'], { input: example });
  assert.deepEqual((JSON.parse(report.stdout) as { resources: Array<{ file: string }> }).resources.map((r) => r.file), ['<stdin>', 'examples/01-native-replicas.yaml']);
});

test('standard input misuse is a usage error', () => {
  for (const args of [['check', '-', '-'], ['check', '--stdin-filename', 'a.yaml', 'examples/'], ['check', '--stdin-filename=', '-']]) {
    const r = cli(args, { input: example });
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^flink-k8s: .+\n$/);
  }
});

test('--version prints the package version; --help per command', () => {
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  for (const args of [['--version'], ['-V'], ['check', '--version']]) assert.deepEqual([cli(args).code, cli(args).stdout], [0, `${version}\n`], args.join(' '));
  const check = cli(['check', '--help']);
  assert.equal(check.code, 0);
  assert.match(check.stdout, /^Usage: flink-k8s check \[options\] <paths\.\.\.>/);
  assert.match(check.stdout, /--max-warnings N/);
  assert.match(check.stdout, /--format text\|json\|sarif/);
  const report = cli(['report', '-h']);
  assert.match(report.stdout, /^Usage: flink-k8s report \[options\] <paths\.\.\.>/);
  assert.doesNotMatch(report.stdout, /--max-warnings/);
  assert.equal(cli(['help', 'report']).stdout, report.stdout);
  assert.match(cli(['--help']).stdout, /flink-k8s <command> --help/);
});

test('no command at all (an empty variable in a script) is bad usage: the usage on stderr, exit 2', () => {
  const bare = cli([]);
  assert.deepEqual([bare.code, bare.stdout], [2, '']);
  assert.match(bare.stderr, /^Usage:\n {2}flink-k8s report/);
  assert.match(bare.stderr, /Exit 2 for bad usage \(no command included\)/);
  assert.match(cli(['changes', '--help']).stdout, /2 for bad usage or unreadable\ninput/);
});

test('no Flink resource at all: said on stderr; --require-resources makes it exit 1', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-k8s-empty-'));
  fs.writeFileSync(path.join(dir, 'service.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: { name: web }\n');
  for (const command of ['check', 'report']) {
    const quiet = cli([command, dir]);
    assert.equal(quiet.code, 0, command);
    assert.equal(quiet.stderr, 'flink-k8s: no Flink resource (apiVersion flink.apache.org/...) in 1 YAML input; nothing to report (--require-resources makes this an error)\n');
    const strict = cli([command, '--require-resources', dir]);
    assert.equal(strict.code, 1, command);
    assert.equal(strict.stderr, 'flink-k8s: no Flink resource (apiVersion flink.apache.org/...) in 1 YAML input\n');
  }
  assert.match(cli(['check', '-'], { input: '' }).stderr, /no Flink resource .* in 1 YAML input/);
  assert.match(cli(['check', path.join(root, 'test', 'fixtures', 'sarif')]).stderr, /in 0 YAML inputs/);
  assert.equal(cli(['check', '--require-resources', 'examples/']).stderr, '');
});

test('SARIF: URIs with spaces and # are percent-encoded relative to %SRCROOT%, absolute outside it, and valid SARIF 2.1.0', () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-k8s-sarif-'));
  const repo = path.join(base, 'my repo');
  fs.mkdirSync(path.join(repo, 'deploy #1', 'prod'), { recursive: true });
  fs.writeFileSync(path.join(repo, 'deploy #1', 'prod', 'job 100%.yaml'), example);
  fs.writeFileSync(path.join(base, 'outside #2.yaml'), example);
  const r = cli(['check', '--format', 'sarif', 'deploy #1', '../outside #2.yaml', '-'], { cwd: repo, input: example });
  assert.equal(r.code, 0, r.stderr);
  const log = JSON.parse(r.stdout) as { runs: Array<{ originalUriBaseIds: Record<string, { uri: string }>; results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }> }> }> };
  assert.deepEqual(sarifValidator()(log), []);
  const run = log.runs[0]!;
  assert.equal(run.originalUriBaseIds['%SRCROOT%']?.uri, `file://${repo.split('/').map(encodeURIComponent).join('/')}/`);
  const locations = run.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation);
  assert.deepEqual(locations, [
    { uri: 'deploy%20%231/prod/job%20100%25.yaml', uriBaseId: '%SRCROOT%' },
    { uri: `file://${base.split('/').map(encodeURIComponent).join('/')}/outside%20%232.yaml` },
    { uri: '%3Cstdin%3E', uriBaseId: '%SRCROOT%' },
  ]);
  // Code scanning joins a relative URI to its base: that must give back the file.
  const joined = new URL(locations[0]!.uri, run.originalUriBaseIds['%SRCROOT%']!.uri);
  assert.equal(decodeURIComponent(joined.pathname), path.join(repo, 'deploy #1', 'prod', 'job 100%.yaml'));
});

test('the SARIF validator rejects what code scanning would reject', () => {
  const validate = sarifValidator();
  const log = (uri: string) => ({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri } } }] }] }] });
  assert.deepEqual(validate(log('a%20b.yaml')), []);
  assert.notDeepEqual(validate(log('a b.yaml')), []);
  assert.notDeepEqual(validate(log('100%.yaml')), []);
  assert.notDeepEqual(validate({ version: '2.0.0', runs: [] }), []);
});

test('an operator release outside the modelled ones is answered with a note on stderr', () => {
  const newer = cli(['check', '--operator-version', '1.71', '-'], { input: example });
  assert.equal(newer.code, 0);
  assert.match(newer.stderr, /operator 1\.71 is newer than the releases modelled \(1\.13 to 1\.16\); the findings are what 1\.16 does/);
  const older = cli(['report', '--operator-version', '1.9', '-'], { input: example });
  assert.match(older.stderr, /operator 1\.9 is older than the releases modelled/);
  for (const version of ['1.16', '1.16.1', '1.13']) assert.equal(cli(['check', '--operator-version', version, '-'], { input: example }).stderr, '');
});
