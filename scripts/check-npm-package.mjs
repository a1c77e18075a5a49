// The npm package on its own: `npm pack`, install the tarball into an empty folder (it has no
// runtime dependencies, so nothing is downloaded), then run `flink-k8s check` and start
// `flink-k8s-language-server --stdio` from there, as a CI job or another editor would.
import { spawnSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const tmp = mkdtempSync(join(tmpdir(), 'flink-k8s-npm-'));
const run = (cmd, args, cwd) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};
let code = 1;
try {
  run('npm', ['pack', '--pack-destination', tmp, '--silent'], root);
  const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
  const listing = run('tar', ['tzf', join(tmp, tarball)], tmp).trim().split('\n').sort();
  const expected = ['package/CHANGELOG.md', 'package/LICENSE', 'package/README.md', 'package/bin/flink-k8s-language-server.js', 'package/bin/flink-k8s.js', 'package/bin/require-bundle.js', 'package/package.json', 'package/server/out/cli.js', 'package/server/out/main.js', 'package/server/out/validators.js'];
  if (JSON.stringify(listing) !== JSON.stringify(expected)) throw new Error(`unexpected package contents:\n${listing.join('\n')}`);
  const app = join(tmp, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{"name":"ci","private":true}');
  run('npm', ['install', '--no-audit', '--no-fund', '--offline', join(tmp, tarball)], app);
  mkdirSync(join(app, 'manifests'));
  copyFileSync(join(root, 'test/e2e/workspace/conflict.yaml'), join(app, 'manifests/job.yaml'));
  const check = spawnSync('npx', ['--no-install', 'flink-k8s', 'check', '--format', 'json', 'manifests'], { cwd: app, encoding: 'utf8' });
  const findings = JSON.parse(check.stdout).findings;
  if (check.status !== 0 || !findings.some((f) => f.rule === 'job-parallelism-ignored')) throw new Error(`flink-k8s check: exit ${check.status}\n${check.stdout}${check.stderr}`);
  const server = spawn(join(app, 'node_modules/.bin/flink-k8s-language-server'), ['--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  const reply = await new Promise((ok, fail) => {
    let data = '';
    server.stdout.on('data', (d) => { data += d; if (data.includes('"serverInfo"')) ok(data); });
    setTimeout(() => fail(new Error('no initialize reply')), 10000).unref();
  });
  server.kill();
  if (!reply.includes('flink-k8s-language-server')) throw new Error('unexpected initialize reply');
  console.log(`npm package ${tarball}: ${listing.length} files; flink-k8s check and the stdio server work from a plain install`);
  code = 0;
} catch (error) {
  console.error(error.message ?? error);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
