// Installs the packaged flink-k8s.vsix into the test VS Code (code-server --install-extension),
// opens a Flink file like a user and checks through the UI that the extension activated: the
// inlay hints are in the editor and the finding is in the Problems panel. Screenshot in test/artifacts.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(new URL('../..', import.meta.url).pathname);
const codeServer = join(root, '.vscode-test/code-server/node_modules/.bin/code-server');
const tmp = mkdtempSync(join(tmpdir(), 'flink-k8s-vsix-'));
const args = ['--config', join(tmp, 'config.yaml'), '--user-data-dir', join(tmp, 'user'), '--extensions-dir', join(tmp, 'extensions')];
writeFileSync(join(tmp, 'config.yaml'), 'auth: none\n');
mkdirSync(join(tmp, 'user/User'), { recursive: true });
mkdirSync(join(tmp, 'extensions'), { recursive: true });
writeFileSync(join(tmp, 'user/User/settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'git.openRepositoryInParentFolders': 'never', 'telemetry.telemetryLevel': 'off' }));
const folder = join(tmp, 'ws');
cpSync(join(root, 'test/e2e/workspace'), folder, { recursive: true });
const install = spawnSync(codeServer, [...args, '--install-extension', join(root, 'flink-k8s.vsix')], { encoding: 'utf8', env: { ...process.env, EXTENSIONS_GALLERY: '{}' } });
if (install.status !== 0) {
  console.error(install.stdout, install.stderr);
  process.exit(1);
}
const port = await new Promise((ok) => { const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); }); });
const server = spawn(codeServer, [...args, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust'], { detached: true, stdio: 'ignore', env: { ...process.env, EXTENSIONS_GALLERY: '{}', TMPDIR: tmp } });
let browser;
let code = 1;
try {
  for (let i = 0; i < 600; i++) { try { if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break; } catch {} await new Promise((r) => setTimeout(r, 100)); }
  // The file under the workbench's own name for it (the host in the address bar), so it is the
  // editor the Explorer would open, with its diagnostics.
  const payload = JSON.stringify([['openFile', `vscode-remote://127.0.0.1:${port}${join(folder, 'conflict.yaml')}`]]);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: 1300, height: 850 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  await page.waitForFunction(() => document.querySelector('.editor-instance .view-lines')?.textContent?.replace(/\u00a0/g, ' ').includes('ignored → 4'), null, { timeout: 60000 });
  await page.locator('.editor-instance .view-lines').click();
  await page.keyboard.press('Control+Shift+M');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'job.parallelism 10 is ignored' });
  await row.first().waitFor({ timeout: 30000 });
  await page.screenshot({ path: join(root, 'test/artifacts/vsix-smoke.png') });
  console.log(`installed ${join(root, 'flink-k8s.vsix')}: hints and the Problems row are there`);
  code = 0;
} catch (error) {
  console.error('vsix smoke test failed:', error?.message ?? error);
} finally {
  await browser?.close().catch(() => {});
  try { process.kill(-server.pid, 'SIGTERM'); } catch {}
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
