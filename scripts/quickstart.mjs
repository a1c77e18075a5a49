// `npm start`: the product on the bundled examples, from a fresh clone. Installs what is missing
// (npm packages, then code-server and Chromium's friends through scripts/install-vscode.sh),
// builds, and serves a real VS Code in the browser with this extension loaded and examples/
// open. Only on 127.0.0.1. Ctrl-C stops it. PORT=... picks another port (default 8680).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync(join(root, 'node_modules/yaml'))) step(npm, ['ci', '--no-audit', '--no-fund']);
step(npm, ['run', '--silent', 'build']);
step('bash', ['scripts/install-vscode.sh']);

const port = Number(process.env.PORT ?? 8680);
const state = join(root, '.vscode-test/demo');
mkdirSync(join(state, 'user/User'), { recursive: true });
mkdirSync(join(state, 'extensions'), { recursive: true });
writeFileSync(join(state, 'config.yaml'), 'auth: none\n');
writeFileSync(join(state, 'user/User/settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'git.openRepositoryInParentFolders': 'never', 'extensions.ignoreRecommendations': true }));
const examples = join(root, 'examples');
const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://remote${root}`], ['openFile', `vscode-remote://remote${join(examples, '02-native-parallelism-hint.yaml')}`]]);
const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(examples)}&payload=${encodeURIComponent(payload)}`;
const server = spawn(join(root, '.vscode-test/code-server/node_modules/.bin/code-server'), [
  '--config', join(state, 'config.yaml'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
  '--user-data-dir', join(state, 'user'), '--extensions-dir', join(state, 'extensions'),
], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, EXTENSIONS_GALLERY: '{}' } });
for (let i = 0; i < 300; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 100));
}
console.log(`\nVS Code with "Flink on Kubernetes" and the examples is running. Open:\n\n  ${url}\n`);
console.log('In a terminal instead: node bin/flink-k8s.js report examples/   (or: check examples/)');
console.log('Press Ctrl-C to stop.');
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));
