// Runs the integration suite inside a real VS Code without downloading anything: code-server
// (from npm, installed by scripts/install-vscode.sh) serves VS Code, Debian's Chromium is the
// window, and the workbench's `payload` loads this extension in development mode and runs
// out/test/e2e/index.js in the Node extension host. The workbench reports the result through
// window.codeAutomationExit, which we expose with playwright-core.
// Usage: node test/e2e/run-code-server.mjs [workspaceFolder]    env: VERBOSE=1, TEST_TIMEOUT_MS
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, existsSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

const root = resolve(new URL('../..', import.meta.url).pathname);
const source = resolve(process.argv[2] ?? join(root, 'test/e2e/workspace'));
const codeServer = process.env.CODE_SERVER ?? join(root, '.vscode-test/code-server/node_modules/.bin/code-server');
const browserPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const timeout = Number(process.env.TEST_TIMEOUT_MS ?? 240000);
const verbose = !!process.env.VERBOSE;
if (!existsSync(codeServer)) {
  console.error(`code-server not found at ${codeServer}; run scripts/install-vscode.sh`);
  process.exit(1);
}

const port = await new Promise((ok, fail) => {
  const s = createServer().on('error', fail);
  s.listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => ok(p));
  });
});
const tmp = mkdtempSync(join(tmpdir(), 'flink-k8s-e2e-'));
// The tests edit files: they work on a copy so the repository's workspace never changes.
const folder = join(tmp, 'workspace');
cpSync(source, folder, { recursive: true });
writeFileSync(join(tmp, 'config.yaml'), 'auth: none\n');
mkdirSync(join(tmp, 'user', 'User'), { recursive: true });
mkdirSync(join(tmp, 'extensions'), { recursive: true });
writeFileSync(join(tmp, 'user', 'User', 'settings.json'), JSON.stringify({
  'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'telemetry.telemetryLevel': 'off',
  'update.mode': 'none', 'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true, 'files.autoSave': 'off',
}));
const server = spawn(codeServer, [
  '--config', join(tmp, 'config.yaml'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
  '--user-data-dir', join(tmp, 'user'), '--extensions-dir', join(tmp, 'extensions'),
], { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, TMPDIR: tmp, EXTENSIONS_GALLERY: '{}' } });
let log = '';
const collect = (d) => { log += d; if (verbose) process.stderr.write(`[code-server] ${d}`); };
server.stdout.on('data', collect);
server.stderr.on('data', collect);

let browser;
let code = 1;
try {
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${base}/healthz`)).ok) break; } catch {}
    if (i > 600 || server.exitCode !== null) throw new Error('code-server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  // The workbench's remote authority is the host in the address bar (code-server sets it from
  // location.host), so URIs in the payload name it too.
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(root)], ['extensionTestsPath', remote(join(root, 'out/test/e2e/index.js'))]];
  browser = await chromium.launch({ executablePath: browserPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  let finish;
  const finished = new Promise((r) => { finish = r; });
  // A suite logs "flink-k8s:screenshot <name>" to have the window captured into test/artifacts
  // (for the README); it waits for the marker file written afterwards.
  await page.exposeFunction('codeAutomationLog', async (type, args) => {
    const shot = /^flink-k8s:screenshot ([\w-]+)$/.exec(String(args?.[0] ?? ''));
    if (!shot) return (console[type] ?? console.log)(...args);
    mkdirSync(join(root, 'test/artifacts'), { recursive: true });
    await page.screenshot({ path: join(root, 'test/artifacts', `${shot[1]}.png`) }).catch((e) => console.error(`screenshot failed: ${e}`));
    writeFileSync(join(folder, `.screenshot-${shot[1]}`), '');
  });
  await page.exposeFunction('codeAutomationExit', (c) => finish(c));
  page.on('pageerror', (e) => verbose && console.error('[page]', e.message));
  await page.goto(`${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const timer = new Promise((_, fail) => setTimeout(() => fail(new Error(`no result after ${timeout} ms`)), timeout).unref());
  code = await Promise.race([finished, timer]);
  console.log(`VS Code integration tests finished with exit code ${code}`);
} catch (error) {
  console.error(error?.stack ?? error);
  if (!verbose) console.error(log);
  code = 1;
} finally {
  try { await browser?.close(); } catch {}
  try { process.kill(-server.pid, 'SIGTERM'); } catch {}
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
