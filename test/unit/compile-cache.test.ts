// The code cache of the bundles (bin/compile-cache.js): a module loaded through it gives what a
// plain require gives, whether the cache is missing, valid, corrupt or from an older build, and a
// directory others could write to is never used. Each load runs in its own process, as a start does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const cacheModule = path.join(__dirname, '..', '..', '..', 'bin', 'compile-cache.js');

function load(file: string, dir: string): { readonly exports: unknown; readonly used: boolean } {
  const script = `const used = require(${JSON.stringify(cacheModule)}).installCompileCache([${JSON.stringify(file)}], ${JSON.stringify(dir)});
process.stdout.write(JSON.stringify({ used, exports: require(${JSON.stringify(file)}).answer() }));`;
  const env = { ...process.env };
  delete env.NODE_DISABLE_COMPILE_CACHE;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { exports: unknown; used: boolean };
}

const cached = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.bin')) : []);

function bundle(dir: string, body: string): string {
  const file = path.join(dir, 'bundle.js');
  fs.writeFileSync(file, `const helper = require('./helper.js');\nexports.answer = function () { ${body} };\n`);
  fs.writeFileSync(path.join(dir, 'helper.js'), 'exports.twice = (x) => 2 * x;\n');
  return file;
}

test('a bundle loaded through the code cache gives the same results as without it, cache or no cache', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-cc-'));
  const dir = path.join(work, 'cache');
  const file = bundle(work, 'return { sum: helper.twice(21), file: __filename === module.filename, dir: __dirname };');
  const expected = { sum: 42, file: true, dir: work };
  assert.deepEqual(load(file, dir).exports, expected);
  assert.equal(cached(dir).length, 1, 'written at exit');
  const [first] = cached(dir);
  const written = fs.statSync(path.join(dir, first as string)).mtimeMs;
  assert.deepEqual(load(file, dir).exports, expected);
  assert.equal(fs.statSync(path.join(dir, first as string)).mtimeMs, written, 'accepted, so not written again');
  fs.writeFileSync(path.join(dir, first as string), 'not V8 code at all');
  assert.deepEqual(load(file, dir).exports, expected, 'a corrupt cache is rejected');
  assert.notEqual(fs.readFileSync(path.join(dir, first as string), 'utf8'), 'not V8 code at all', 'and written again');
  fs.rmSync(work, { recursive: true });
});

test('a rebuilt bundle runs its new code and replaces the old build\'s cache', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-cc-'));
  const dir = path.join(work, 'cache');
  const file = bundle(work, 'return "first build";');
  assert.equal(load(file, dir).exports, 'first build');
  bundle(work, 'return "second build, longer";');
  assert.equal(load(file, dir).exports, 'second build, longer');
  assert.equal(load(file, dir).exports, 'second build, longer');
  assert.equal(cached(dir).length, 1);
  fs.rmSync(work, { recursive: true });
});

test('a cache directory that others can write to is not used', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-cc-'));
  const dir = path.join(work, 'cache');
  fs.mkdirSync(dir);
  fs.chmodSync(dir, 0o777);
  const file = bundle(work, 'return "plain";');
  assert.deepEqual(load(file, dir), { used: false, exports: 'plain' });
  assert.equal(cached(dir).length, 0);
  fs.rmSync(work, { recursive: true });
});

/** Loads through the cache with a stand-in for Node 22.1+'s module.enableCompileCache (Node 20 has none), recording whether it was asked. */
function loadWithBuiltIn(file: string, dir: string): { readonly used: boolean; readonly asked: string | null; readonly exports: unknown } {
  const script = `const Module = require('module'); let asked = null; Module.enableCompileCache = (d) => { asked = d; return { status: 1 }; };
const used = require(${JSON.stringify(cacheModule)}).installCompileCache([${JSON.stringify(file)}], ${JSON.stringify(dir)});
process.stdout.write(JSON.stringify({ used, asked, exports: require(${JSON.stringify(file)}).answer() }));`;
  const env = { ...process.env };
  delete env.NODE_DISABLE_COMPILE_CACHE;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { used: boolean; asked: string | null; exports: unknown };
}

test('with Node\'s built-in compile cache (22.1+), a directory others can write to is not used either', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-cc-'));
  const file = bundle(work, 'return "plain";');
  const open = path.join(work, 'open');
  fs.mkdirSync(open);
  fs.chmodSync(open, 0o777);
  assert.deepEqual(loadWithBuiltIn(file, open), { used: false, asked: null, exports: 'plain' });
  const own = path.join(work, 'own');
  assert.deepEqual(loadWithBuiltIn(file, own), { used: true, asked: own, exports: 'plain' });
  fs.rmSync(work, { recursive: true });
});
