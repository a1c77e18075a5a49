// Completion and hover as a user sees them in VS Code's own widgets, driven by the keyboard:
// the suggest widget keeps the server's ranking after VS Code's own filtering and sorting
// (`state.back` lists state.backend.type first, before the forst.* keys), accepting a key opens
// its values by itself, and hover explains a field. Screenshots of the completion list with its
// documentation and of the hover go to test/artifacts/ (copied to docs/screenshots/ for the README).
// Usage: node test/e2e/editing-ui.mjs   env: VERBOSE=1
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(new URL('../..', import.meta.url).pathname);
const codeServer = join(root, '.vscode-test/code-server/node_modules/.bin/code-server');
const artifacts = join(root, 'test/artifacts');
const verbose = !!process.env.VERBOSE;
const tmp = mkdtempSync(join(tmpdir(), 'flink-k8s-ui-'));
const folder = join(tmp, 'ws');
mkdirSync(folder, { recursive: true });
mkdirSync(artifacts, { recursive: true });
mkdirSync(join(tmp, 'user/User'), { recursive: true });
mkdirSync(join(tmp, 'extensions'), { recursive: true });
writeFileSync(join(tmp, 'config.yaml'), 'auth: none\n');
writeFileSync(join(tmp, 'user/User/settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoCheckUpdates': false,
  'chat.disableAIFeatures': true, 'workbench.colorTheme': 'Default Dark Modern', 'editor.minimap.enabled': false, 'window.commandCenter': false,
  'workbench.layoutControl.enabled': false, 'editor.fontSize': 14, 'editor.inlayHints.enabled': 'off', 'breadcrumbs.enabled': false,
}));
writeFileSync(join(folder, 'orders.yaml'), `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: orders
spec:
  image: flink:1.20
  flinkVersion: v1_20
  serviceAccount: flink
  flinkConfiguration:
    taskmanager.numberOfTaskSlots: "2"
  jobManager:
    resource: { memory: 2048m, cpu: 1 }
  taskManager:
    resource: { memory: 4096m, cpu: 2 }
  job:
    jarURI: local:///opt/flink/usrlib/orders.jar
    parallelism: 4
    upgradeMode: savepoint
`);

const port = await new Promise((ok) => { const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); }); });
const args = ['--config', join(tmp, 'config.yaml'), '--user-data-dir', join(tmp, 'user'), '--extensions-dir', join(tmp, 'extensions'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'];
const server = spawn(codeServer, args, { detached: true, stdio: ['ignore', verbose ? 'inherit' : 'ignore', verbose ? 'inherit' : 'ignore'], env: { ...process.env, EXTENSIONS_GALLERY: '{}', TMPDIR: tmp } });

const rows = (page) => page.$$eval('.suggest-widget .monaco-list-row', (els) => els.map((e) => ({ label: e.querySelector('.label-name')?.textContent ?? '', deprecated: !!e.querySelector('.deprecated') })));

async function until(probe, what, ms = 30000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let browser;
let code = 1;
try {
  const base = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(`${base}/healthz`).catch(() => undefined))?.ok, 'code-server', 60000);
  const html = await (await fetch(`${base}/?folder=${encodeURIComponent(folder)}`)).text();
  const authority = /remoteAuthority&quot;:&quot;([^&]+)&quot;/.exec(html)?.[1] ?? 'remote';
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = JSON.stringify([['extensionDevelopmentPath', remote(root)], ['openFile', remote(join(folder, 'orders.yaml'))]]);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  // The language server answers once the CodeLens summary is drawn.
  await page.waitForFunction(() => document.querySelector('.editor-instance .contentWidgets, .editor-instance')?.textContent?.includes('TaskManagers'), null, { timeout: 60000 });
  await page.locator('.editor-instance .view-lines').click();
  // Room for the list and its documentation side by side.
  await page.keyboard.press('Control+B');
  const goTo = async (line) => {
    await page.keyboard.press('Control+G');
    await page.keyboard.type(String(line));
    await page.keyboard.press('Enter');
  };

  // Ranking in VS Code's own widget.
  await goTo(10);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('state.back', { delay: 60 });
  const ranked = await until(async () => {
    const r = await rows(page);
    return r[0]?.label === 'state.backend.type' ? r : undefined;
  }, 'state.backend.type at the top of the suggest widget');
  const forst = ranked.findIndex((r) => r.label.includes('forst'));
  if (forst === 0) throw new Error(`a forst key came first: ${ranked.map((r) => r.label).join(', ')}`);
  // Show the documentation beside the list (Ctrl+Space toggles it while the widget is open).
  if (!(await page.$('.suggest-details-container .suggest-details'))?.isVisible()) await page.keyboard.press('Control+Space');
  await until(async () => (await page.$$eval('.suggest-details', (els) => els.some((e) => e.textContent?.includes('Flink option')))), 'the documentation pane');
  await page.waitForTimeout(300);
  const editorBox = await page.locator('.editor-group-container').first().boundingBox();
  const clip = { x: editorBox.x, y: editorBox.y, width: Math.min(editorBox.width, 1100), height: Math.min(editorBox.height, 470) };
  await page.screenshot({ path: join(artifacts, 'completion.png'), clip });

  // Accepting the key opens its values, the default selected.
  await page.keyboard.press('Enter');
  const values = await until(async () => {
    const r = await rows(page);
    return r.some((x) => x.label === 'hashmap') ? r : undefined;
  }, 'value completion after the key');
  if (values.map((v) => v.label).join() !== 'hashmap,rocksdb,forst') throw new Error(`values: ${values.map((v) => v.label).join(', ')}`);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Z');
  // Back to valid YAML: once VS Code has asked again (it delays CodeLens requests), the lens shows
  // the projection instead of waiting.
  await page.waitForTimeout(2000);
  await until(async () => (await page.$$eval('.codelens-decoration', (els) => els.some((e) => /^parallelism 4/.test(e.textContent ?? '')))), 'the CodeLens after the undo');

  // Hover on a field.
  await goTo(18);
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  await until(async () => (await page.$$eval('.monaco-hover', (els) => els.some((e) => e.textContent?.includes('spec.job.upgradeMode') && e.textContent.includes('stops the job with a savepoint')))), 'the hover with the value\'s meaning');
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(artifacts, 'hover.png'), clip });
  console.log(`completion and hover checked in VS Code's widgets (top: ${ranked.slice(0, 3).map((r) => r.label).join(', ')}); screenshots in test/artifacts`);
  code = 0;
} catch (error) {
  console.error('editing UI test failed:', error?.stack ?? error);
} finally {
  await browser?.close().catch(() => {});
  try { process.kill(-server.pid, 'SIGTERM'); } catch {}
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
