/**
 * The pod layout webview in a real browser (Debian Chromium via playwright-core): its own HTML,
 * CSS and script, fed real projections. Checks the DOM, takes screenshots into test/artifacts
 * and proves that a resource name full of HTML stays text.
 */

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, Browser, Page } from 'playwright-core';
import { analyze } from '../../server/src/core/analysis';
import { resourceRow } from '../../server/src/core/report/row';

const root = path.join(__dirname, '..', '..', '..');
const media = path.join(root, 'client', 'media');
const artifacts = path.join(root, 'test', 'artifacts');
let server: http.Server;
let browser: Browser;
let base = '';

function rows(text: string) {
  const a = analyze(text);
  return a.resources.flatMap(({ resource, projection }) => (projection ? [{ ...resourceRow('file:///x.yaml', a.lines, resource, projection), findings: [] as Array<{ line: number; severity: string; rule: string; message: string }> }] : []));
}

before(async () => {
  const nonce = 'test-nonce';
  server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/') {
      const page = fs.readFileSync(path.join(media, 'pod-layout.html'), 'utf8')
        .replace(/\{\{nonce\}\}/g, nonce).replace(/\{\{cspSource\}\}/g, base).replace('{{styleUri}}', `${base}/pod-layout.css`).replace('{{scriptUri}}', `${base}/dist/pod-layout.js`)
        .replace('<script nonce', `<script nonce="${nonce}" src="${base}/stub.js"></script><script nonce`);
      res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    } else if (url.startsWith('/theme/')) {
      res.writeHead(200, { 'content-type': 'text/css' }).end(url.includes('dark') ? DARK : LIGHT);
    } else if (url === '/stub.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end('window.sent=[];window.acquireVsCodeApi=()=>({postMessage:(m)=>window.sent.push(m),getState:()=>window.saved,setState:(s)=>{window.saved=s;}});');
    } else {
      const file = path.join(media, url.replace(/\?.*$/, ''));
      if (!file.startsWith(media) || !fs.existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': file.endsWith('.css') ? 'text/css' : 'text/javascript' }).end(fs.readFileSync(file));
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  fs.mkdirSync(artifacts, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function show(resources: unknown[], theme: 'dark' | 'light' = 'dark', width = 900): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(base);
  await page.addStyleTag({ url: `${base}/theme/${theme}.css` });
  await page.evaluate((r) => window.postMessage({ type: 'layout', uri: 'file:///x.yaml', fileName: 'x.yaml', resources: r, selected: 0 }, '*'), resources);
  await page.waitForSelector('h1');
  return { page, dialogs };
}

test('renders the pods, slots and totals of a real projection', async () => {
  const text = fs.readFileSync(path.join(root, 'examples', '02-native-parallelism-hint.yaml'), 'utf8');
  const { page } = await show(rows(text));
  assert.equal(await page.locator('.pod.tm').count(), 5);
  assert.equal(await page.locator('.pod.jm').count(), 1);
  assert.equal(await page.locator('.pod.tm .slot').count(), 20);
  assert.equal(await page.locator('.slot.idle').count(), 2 + 1, 'two idle slots plus the legend swatch');
  const cards = await page.locator('.card').allInnerTexts();
  assert.ok(cards.some((c) => c.includes('18 / 20')), cards.join(' | '));
  assert.ok(cards.some((c) => c.includes('6 pods') && c.includes('11 CPU') && c.includes('22 GiB')), cards.join(' | '));
  assert.match(await page.locator('section[aria-label="Memory"]').innerText(), /task heap 1\.42 GiB/);
  assert.deepEqual(await page.evaluate(() => (window as unknown as { saved: unknown }).saved), { uri: 'file:///x.yaml', selected: 0 });
  await page.screenshot({ path: path.join(artifacts, 'pod-layout-dark.png'), fullPage: true });
  await page.close();
});

test('standalone mode shows the slots it cannot get; a session cluster shows its jobs', async () => {
  const standalone = fs.readFileSync(path.join(root, 'examples', '02-native-parallelism-hint.yaml'), 'utf8').replace('spec:\n', 'spec:\n  mode: standalone\n').replace('  taskManager:\n', '  taskManager:\n    replicas: 2\n');
  const { page } = await show(rows(standalone), 'light', 380);
  assert.equal(await page.locator('.pod.tm').count(), 2);
  assert.match(await page.locator('.pod.missing .title').innerText(), /slots missing/);
  await page.screenshot({ path: path.join(artifacts, 'pod-layout-standalone-narrow.png'), fullPage: true });
  await page.close();
  const session = rows(fs.readFileSync(path.join(root, 'examples', '04-session-cluster-with-jobs.yaml'), 'utf8'));
  const s = await show(session);
  assert.equal(await s.page.locator('select option').count(), 3);
  assert.match(await s.page.locator('.legend').first().innerText(), /job fleet-speed-windows: 2 slots/);
  await s.page.close();
});

test('a resource named with HTML stays text: nothing executes', async () => {
  const evil = '<img src=x onerror=alert(1)>';
  const text = fs.readFileSync(path.join(root, 'examples', '08-dev-sandbox.yaml'), 'utf8').replace(/name: [^\n]+/, `name: "${evil}"`).replace(/namespace: [^\n]+/, 'namespace: "<script>alert(2)</script>"');
  const resources = rows(text).map((r) => ({ ...r, findings: [{ line: 3, severity: 'error', rule: 'x', message: '<b onmouseover=alert(3)>bold</b>' }] }));
  const { page, dialogs } = await show(resources);
  assert.match(await page.locator('h1').innerText(), /<img src=x onerror=alert\(1\)>/);
  assert.equal(await page.locator('img').count(), 0);
  assert.equal(await page.locator('main script, main b').count(), 0);
  await page.locator('.banner button').hover();
  await page.waitForTimeout(200);
  assert.deepEqual(dialogs, []);
  await page.locator('.banner button').click();
  assert.deepEqual(await page.evaluate(() => (window as unknown as { sent: unknown[] }).sent.slice(-1)), [{ type: 'reveal', uri: 'file:///x.yaml', line: 3 }]);
  await page.close();
});

const DARK = ':root{--vscode-font-family:sans-serif;--vscode-font-size:13px;--vscode-foreground:#ccc;--vscode-editor-background:#1e1e1e;--vscode-descriptionForeground:#999;--vscode-panel-border:#444;--vscode-badge-background:#4d4d4d;--vscode-badge-foreground:#fff;--vscode-charts-blue:#3794ff;--vscode-charts-orange:#d18616;--vscode-charts-green:#89d185;--vscode-charts-purple:#b180d7;--vscode-charts-yellow:#cca700;--vscode-charts-red:#f14c4c;--vscode-errorForeground:#f48771;--vscode-inputValidation-errorBackground:#5a1d1d;--vscode-textLink-foreground:#3794ff;--vscode-focusBorder:#007fd4}';
const LIGHT = ':root{--vscode-font-family:sans-serif;--vscode-font-size:13px;--vscode-foreground:#333;--vscode-editor-background:#fff;--vscode-descriptionForeground:#717171;--vscode-panel-border:#ccc;--vscode-badge-background:#c4c4c4;--vscode-badge-foreground:#333;--vscode-charts-blue:#1a85ff;--vscode-charts-orange:#d18616;--vscode-charts-green:#388a34;--vscode-charts-purple:#652d90;--vscode-charts-yellow:#bf8803;--vscode-charts-red:#e51400;--vscode-errorForeground:#a1260d;--vscode-inputValidation-errorBackground:#f2dede;--vscode-textLink-foreground:#006ab1;--vscode-focusBorder:#0090f1}';
