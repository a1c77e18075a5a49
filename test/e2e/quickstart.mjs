// `npm start` as a new user meets it: runs scripts/quickstart.mjs (on a free port, with its state
// in a temporary folder), opens the URL it prints in Chromium and checks through the UI that
// examples/00-start-here.yaml is open exactly once, with its squiggle, hints, CodeLens, status
// bar item and quick fixes,
// that clicking it in the Explorer shows the same editor, that the walkthrough is beside it,
// that no port-forwarding toast pops up, and that a save lands in the scratch copy, never in
// examples/. The screenshot (test/artifacts/quickstart.png) is the README's.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(new URL('../..', import.meta.url).pathname);
const FILE = '00-start-here.yaml';
// Every file below examples/ (the chart and the overlays are folders), by its relative path.
const examplesHash = () => createHash('sha256').update(readdirSync(join(root, 'examples'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(join(root, 'examples'), join(e.parentPath ?? e.path, e.name))).sort().map((f) => `${f}\0${readFileSync(join(root, 'examples', f))}`).join('\0')).digest('hex');
const before = examplesHash();
const port = await new Promise((ok) => { const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); }); });
const state = mkdtempSync(join(tmpdir(), 'flink-k8s-quickstart-'));
const started = Date.now();
const demo = spawn(process.execPath, [join(root, 'scripts/quickstart.mjs')], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PORT: String(port), FLINK_K8S_DEMO_DIR: state } });
let output = '';
demo.stdout.on('data', (d) => { output += d; });
demo.stderr.on('data', (d) => { output += d; });

let browser;
let page;
let code = 1;
const check = (ok, what) => {
  if (!ok) throw new Error(what);
  console.log(`  ✔ ${what}`);
};
try {
  const url = await waitFor(() => /^\s+(http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+)$/m.exec(output)?.[1], 'the URL from npm start', 240000);
  console.log(`npm start printed its URL after ${Math.round((Date.now() - started) / 1000)} s`);
  check((await fetch(url)).ok, 'the printed URL answers at once');
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
  const editor = page.locator('.editor-instance .view-lines').first();
  await page.waitForFunction(() => [...document.querySelectorAll('.editor-instance .view-lines')].some((e) => e.textContent?.replace(/\u00a0/g, ' ').includes('ignored → 6')), null, { timeout: 90000 });
  check(true, 'hints: "ignored → 6" after job.parallelism');
  await page.locator('.editor-instance .squiggly-warning').first().waitFor({ timeout: 30000 });
  check(true, 'the warning is underlined');
  await page.locator('.editor-instance .codelens-decoration', { hasText: 'parallelism 6' }).first().waitFor({ timeout: 30000 });
  check(true, 'the CodeLens sums the resource up');
  await page.locator('.gettingStartedContainer', { hasText: 'Get started with Flink on Kubernetes' }).first().waitFor({ timeout: 30000 });
  check(true, 'the walkthrough is open beside it');
  check(await tabs(page) === 1, `${FILE} is open in one tab`);

  // From here on the file alone (the walkthrough page may take the focus back while it renders,
  // and the Explorer opens files in the focused group): the README's picture, and no doubt about
  // which group a click goes to.
  await page.locator('.tabs-container .tab', { hasText: 'Walkthrough' }).locator('.codicon-close').click();
  await page.locator('.gettingStartedContainer').first().waitFor({ state: 'detached', timeout: 30000 });
  await editor.click();
  await page.locator('.statusbar-item', { hasText: 'Flink:' }).first().waitFor({ timeout: 30000 });
  check(true, 'the status bar shows the projection once the editor has the focus');
  await page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${FILE}"]`).first().click();
  await page.waitForTimeout(1000);
  check(await tabs(page) === 1, 'clicking it in the Explorer shows the same editor, no second tab');
  check(await page.locator('.editor-instance .squiggly-warning').count() === 1, 'which still has its squiggle');
  await editor.click();
  await page.keyboard.press('Control+Home');
  // A click on the underlined value puts the cursor in the finding without scrolling the file.
  const squiggle = await page.locator('.editor-instance .squiggly-warning').first().boundingBox();
  if (!squiggle) throw new Error('the squiggle is not on screen');
  await page.mouse.click(squiggle.x + squiggle.width / 2, squiggle.y + squiggle.height / 2);
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget', { hasText: 'Remove job.parallelism (replicas decide)' });
  await fix.first().waitFor({ timeout: 30000 });
  check(true, 'Ctrl+. on the warning offers its quick fixes');
  check(!(await fix.first().innerText()).includes('Write memory sizes'), 'and no memory refactoring on a line without a memory size');
  const toasts = await page.locator('.notifications-toasts .notification-toast').allTextContents();
  check(!toasts.some((t) => /port|forward/i.test(t)), `no port-forwarding toast (toasts: ${JSON.stringify(toasts)})`);
  mkdirSync(join(root, 'test/artifacts'), { recursive: true });
  await page.screenshot({ path: join(root, 'test/artifacts/quickstart.png') });
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+Home');
  await page.keyboard.type('# edited in the demo\n');
  await page.keyboard.press('Control+S');
  await waitFor(() => (readFileSync(join(state, 'examples', FILE), 'utf8').startsWith('# edited in the demo') ? true : undefined), 'the save in the scratch copy', 30000);
  check(true, 'a save lands in the scratch copy');
  check(examplesHash() === before, 'examples/ in the repository is unchanged');
  code = 0;
} catch (error) {
  console.error(`quick start test failed: ${error?.message ?? error}\n--- npm start said:\n${output}`);
  await page?.screenshot({ path: join(root, 'test/artifacts/quickstart-failed.png') }).catch(() => {});
} finally {
  await browser?.close().catch(() => {});
  try { process.kill(-demo.pid, 'SIGTERM'); } catch {}
  await new Promise((r) => setTimeout(r, 500));
  rmSync(state, { recursive: true, force: true });
}
process.exit(code);

async function tabs(page) {
  return (await page.locator('.tabs-container .tab .label-name').allTextContents()).filter((t) => t === FILE).length;
}

async function waitFor(probe, what, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline || demo.exitCode !== null) throw new Error(`no ${what}${demo.exitCode !== null ? ` (npm start exited with ${demo.exitCode})` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
