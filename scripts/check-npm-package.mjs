// The npm package on its own: `npm pack`, install the tarball into an empty folder (it has no
// runtime dependencies, so nothing is downloaded), then run `flink-k8s check` and start
// `flink-k8s-language-server --stdio` from there, as a CI job or another editor would; and the
// README's GitHub Actions steps, as written, in a folder laid out as the README says.
import { spawnSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
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
  const expected = ['package/CHANGELOG.md', 'package/LICENSE', 'package/README.md', 'package/bin/compile-cache.js', 'package/bin/flink-k8s-language-server.js', 'package/bin/flink-k8s.js', 'package/bin/require-bundle.js', 'package/package.json', 'package/server/out/cli.js', 'package/server/out/main.js', 'package/server/out/validators.js'];
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
  readmeCiSteps(tarball);
  console.log(`npm package ${tarball}: ${listing.length} files; flink-k8s check and the stdio server work from a plain install, and so do the README's CI steps`);
  code = 0;
} catch (error) {
  console.error(error.message ?? error);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);

/** The `run:` lines of the README's GitHub Actions example, in a repository with tools/<tarball> and deploy/. */
function readmeCiSteps(tarball) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /\*\*GitHub Actions\*\*[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const steps = [...block.matchAll(/^- run: (.+)$/gm)].map((m) => m[1].replace(/\s+#.*$/, ''));
  if (steps.length !== 3 || !steps[0].includes(`./tools/${tarball}`)) throw new Error(`the README's CI example should install ./tools/${tarball} and run two checks:\n${steps.join('\n')}`);
  const repo = join(tmp, 'repo');
  mkdirSync(join(repo, 'tools'), { recursive: true });
  mkdirSync(join(repo, 'deploy'));
  copyFileSync(join(tmp, tarball), join(repo, 'tools', tarball));
  copyFileSync(join(root, 'test/e2e/workspace/orders.yaml'), join(repo, 'deploy/orders.yaml'));
  copyFileSync(join(root, 'test/e2e/workspace/conflict.yaml'), join(repo, 'deploy/conflict.yaml'));
  const step = (command) => spawnSync('bash', ['-c', command], { cwd: repo, encoding: 'utf8' });
  for (const command of steps.slice(0, 2)) {
    const r = step(command);
    if (r.status !== 0) throw new Error(`README CI step failed: ${command}\n${r.stdout}${r.stderr}`);
  }
  const sarif = JSON.parse(readFileSync(join(repo, 'flink-k8s.sarif'), 'utf8'));
  if (!sarif.runs[0].results.some((x) => x.ruleId === 'job-parallelism-ignored')) throw new Error('the README CI step wrote no finding to flink-k8s.sarif');
  const gate = (expected, why) => {
    const r = step(steps[2]);
    if (r.status !== expected) throw new Error(`README CI gate exited ${r.status}, not ${expected} (${why}):\n${r.stdout}${r.stderr}`);
  };
  gate(1, 'a warning');
  rmSync(join(repo, 'deploy/conflict.yaml'));
  gate(0, 'a clean resource');
  rmSync(join(repo, 'deploy/orders.yaml'));
  writeFileSync(join(repo, 'deploy/service.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: { name: web }\n');
  gate(1, 'no Flink resource');
}
