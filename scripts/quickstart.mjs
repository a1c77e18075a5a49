// `npm start`: the product on the bundled examples, from a fresh clone. Installs what is missing
// (npm packages, then code-server and Chromium's friends through scripts/install-vscode.sh),
// bundles, and serves a real VS Code in the browser with this extension loaded, a scratch copy
// of examples/ open (the browser VS Code autosaves: edits never reach the repository), the
// walkthrough beside examples/00-start-here.yaml. Only on 127.0.0.1; Ctrl-C stops it.
// PORT=... picks another port (default 8680); FLINK_K8S_DEMO_DIR=... another state folder
// (default .demo/, kept between runs so the second start is quick).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync(join(root, 'node_modules/yaml'))) step(npm, ['ci', '--no-audit', '--no-fund']);
// The bundles are all the demo runs; `npm run build` also type-checks and compiles the tests.
step(process.execPath, ['scripts/esbuild.mjs']);
step('bash', ['scripts/install-vscode.sh']);

const port = Number(process.env.PORT ?? 8680);
const state = resolve(process.env.FLINK_K8S_DEMO_DIR ?? join(root, '.demo'));
const folder = join(state, 'examples');
rmSync(folder, { recursive: true, force: true });
cpSync(join(root, 'examples'), folder, { recursive: true });
mkdirSync(join(state, 'user/User'), { recursive: true });
mkdirSync(join(state, 'extensions'), { recursive: true });
writeFileSync(join(state, 'config.yaml'), 'auth: none\n');
writeFileSync(join(state, 'user/User/settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
  'git.openRepositoryInParentFolders': 'never', 'extensions.ignoreRecommendations': true,
  // code-server would offer to forward every port a process opens (its own, the language server's).
  'remote.autoForwardPorts': false, 'remote.restoreForwardedPorts': false,
}, null, 2));

const server = spawn(join(root, '.vscode-test/code-server/node_modules/.bin/code-server'), [
  '--config', join(state, 'config.yaml'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
  '--user-data-dir', join(state, 'user'), '--extensions-dir', join(state, 'extensions'),
], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, EXTENSIONS_GALLERY: '{}', FLINK_K8S_WALKTHROUGH: '1' } });
let stderr = '';
server.stderr.on('data', (d) => { stderr += d; });
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
let ready = false;
server.on('exit', (code) => {
  if (!ready) console.error(`code-server stopped before it answered on 127.0.0.1:${port}${stderr ? `:\n${stderr}` : ''}\n(is the port taken? PORT=... picks another)`);
  process.exit(ready ? code ?? 0 : 1);
});

const base = `http://127.0.0.1:${port}`;
if (!(await answered(`${base}/?folder=${encodeURIComponent(folder)}`))) {
  console.error(`code-server did not answer on ${base} within 60 s`);
  stop(); // the exit handler says why and exits
  await new Promise(() => {});
}
// code-server's workbench names files vscode-remote://<the host in the address bar>/path. A file
// opened under any other name (the page's placeholder authority "remote", say) is a second copy
// that diagnostics and CodeLens never reach, beside the one the Explorer opens.
const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
const payload = JSON.stringify([['extensionDevelopmentPath', remote(root)], ['openFile', remote(join(folder, '00-start-here.yaml'))]]);
ready = true;
const url = `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`;
console.log(`\nVS Code with "Flink on Kubernetes" and the examples is running. Open:\n\n  ${url}\n`);
console.log(`Use this address as it is: the same page under another host name (localhost, say) cannot open the example.`);
console.log(`It shows a scratch copy of examples/ in ${folder}, refreshed at each start.`);
console.log('In a terminal instead: node bin/flink-k8s.js report examples/   (or: check examples/)');
console.log('Press Ctrl-C to stop.');

/** Whether the server serves the page within 60 s (false if it exited). */
async function answered(page) {
  for (let i = 0; i < 600 && server.exitCode === null; i++) {
    try {
      if ((await fetch(page)).ok) return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}
