/**
 * The projection and report views in a real browser: the page the panels serve (view.html, CSP,
 * the views bundle), fed what the language server answers for real files. Rendered HTML, never
 * Markdown source; the report fits a 1440 px window beside the sidebar, details open on demand,
 * the buttons ask the extension to save or open; hostile names stay text. Screenshots in
 * test/artifacts.
 */

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { ProjectionResult, ResourceProjection } from '../../server/src/protocol/requests';
import { TestClient } from '../support/lsp';
import { HOSTILE, hostileYaml } from '../support/hostile-markup';
import { VIEWS, WebviewHarness } from '../support/webview-page';

const root = path.join(__dirname, '..', '..', '..');
const artifacts = path.join(root, 'test', 'artifacts');
const harness = new WebviewHarness(VIEWS);
const examples: Record<string, ResourceProjection[]> = {};
let hostile: ResourceProjection[] = [];

before(async () => {
  const client = new TestClient();
  await client.initialize();
  for (const name of fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.yaml'))) {
    const uri = `file:///ws/examples/${name}`;
    await client.open(uri, fs.readFileSync(path.join(root, 'examples', name), 'utf8'));
    examples[name] = (await client.request<ProjectionResult>('flinkK8s/projection', { textDocument: { uri } })).resources.map((r) => ({ ...r, file: `examples/${name}` }));
  }
  await client.open('file:///ws/hostile.yaml', hostileYaml());
  hostile = (await client.request<ProjectionResult>('flinkK8s/projection', { textDocument: { uri: 'file:///ws/hostile.yaml' } })).resources;
  client.dispose();
  await harness.start();
  fs.mkdirSync(artifacts, { recursive: true });
});

after(() => harness.stop());

type Sent = Array<{ type: string; [k: string]: unknown }>;
const sent = (page: Page) => page.evaluate(() => (window as unknown as { sent: Sent }).sent);
const rendered = async (page: Page) => (await sent(page)).filter((m) => m.type === 'rendered').pop() as { view: string; items: number; fits: boolean; text: string } | undefined;
const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

test('the projection view renders every number with its reason, and the memory breakdown', async () => {
  const { page, errors } = await harness.open('dark', 900);
  await harness.post(page, { type: 'projection', fileName: '00-start-here.yaml', resources: examples['00-start-here.yaml'], selected: null });
  await page.waitForSelector('article.resource h1');
  assert.equal(await page.locator('h1').innerText(), 'FlinkDeployment analytics/clickstream');
  const why = await page.locator('table.why').innerText();
  assert.match(why, /parallelism\s+6\s+spec\.taskManager\.replicas 3 × 2 slots per TaskManager/);
  assert.match(why, /TaskManagers\s+3 × 2 slots = 6 slots \(0 idle\)/);
  assert.match(why, /job\.parallelism\s+10, ignored/);
  // Each pod's "why" cites where its CPU and where its memory come from.
  assert.match(why, /TaskManager pod\s+2 CPU · 4 GiB\s+CPU: spec\.taskManager\.resource\.cpu; memory: total process memory from spec\.taskManager\.resource\.memory "4096m"/);
  assert.match(why, /JobManager pod\s+1 CPU · 2 GiB\s+CPU: spec\.jobManager\.resource\.cpu; memory: total process memory from spec\.jobManager\.resource\.memory "2048m"/);
  assert.match(await page.locator('section[aria-label="Memory"]').innerText(), /managed\s+1\.34 GiB/);
  assert.match(await page.locator('section[aria-label="Findings"]').innerText(), /Line 32, warning job-parallelism-ignored/);
  const text = await page.locator('#app').innerText();
  assert.doesNotMatch(text, /\\[-_.()]|\|---|^#/m, 'no Markdown source or escapes');
  const done = await rendered(page);
  assert.deepEqual([done?.view, done?.items, done?.fits], ['projection', 1, true]);
  assert.match(done?.text ?? '', /managed\s+1\.34 GiB/);
  assert.deepEqual([errors, await violations(page)], [[], []]);
  await page.screenshot({ path: path.join(artifacts, 'projection-view.png'), fullPage: true });
  await page.close();
});

test('the projection view shows one picked resource, and why Flink cannot start one', async () => {
  const { page } = await harness.open('light', 700);
  await harness.post(page, { type: 'projection', fileName: '04-session-cluster-with-jobs.yaml', resources: examples['04-session-cluster-with-jobs.yaml'], selected: 2 });
  await page.waitForSelector('article.resource');
  assert.equal(await page.locator('article.resource').count(), 1);
  assert.match(await page.locator('h1').innerText(), /^FlinkSessionJob /);
  const broken = { ...examples['00-start-here.yaml']![0]!, taskManager: { ...examples['00-start-here.yaml']![0]!.taskManager, memory: null, memoryError: { message: 'TaskManager memory is not sized: set spec.taskManager memory.', flinkMessage: '' } } };
  await harness.post(page, { type: 'projection', fileName: 'x.yaml', resources: [broken], selected: 0 });
  await page.waitForSelector('.banner');
  assert.match(await page.locator('.banner').innerText(), /TaskManager memory is not sized/);
  await page.close();
});

test('the report fits a 1440 px window beside the sidebar, with details on demand and the save buttons', async () => {
  const rows = Object.values(examples).flat();
  // A window 1440 px wide with the sidebar open leaves about 1100 px to the editor area.
  const { page, errors } = await harness.open('dark', 1100);
  await harness.post(page, { type: 'report', scope: 'workspace', resources: rows });
  await page.waitForSelector('table.resources');
  assert.equal(await page.locator('table.resources > tbody > tr:not(.details)').count(), rows.length);
  const done = await rendered(page);
  assert.deepEqual([done?.view, done?.items, done?.fits], ['report', rows.length, true]);
  const headers = await page.locator('table.resources thead th').allInnerTexts();
  assert.deepEqual(headers.map((h) => h.trim()), ['resource', 'kind', 'mode', 'parallelism', 'TaskManagers', 'pods', 'CPU', 'memory', 'findings', '']);
  const first = page.locator('table.resources > tbody > tr:not(.details)').first();
  assert.match(await first.innerText(), /analytics\/clickstream\s+FlinkDeployment\s+native\s+6\s+3 × 2\s+4\s+7\s+14 GiB\s+1 warning/);
  assert.equal(await page.locator('tr.details:visible').count(), 0, 'details start closed');
  await first.locator('.details-toggle').click();
  assert.match(await page.locator('tr.details:visible').innerText(), /examples\/00-start-here\.yaml:10[\s\S]*JobManager pod\s+1 CPU \(limit 1\) · 2 GiB \(limit 2 GiB\)/);
  assert.equal(await first.locator('.details-toggle').getAttribute('aria-expanded'), 'true');
  assert.match(await page.locator('table.totals').innerText(), /all\s+\d+\s+\d+/);
  await page.screenshot({ path: path.join(artifacts, 'report-view.png'), fullPage: true });
  for (const format of ['markdown', 'json', 'csv']) await page.locator(`.actions button[data-format="${format}"]`).click();
  await first.locator('button.link').click();
  const asked = (await sent(page)).filter((m) => m.type === 'save' || m.type === 'open');
  assert.deepEqual(asked, [{ type: 'save', format: 'markdown' }, { type: 'save', format: 'json' }, { type: 'save', format: 'csv' }, { type: 'open', index: 0 }]);
  assert.deepEqual([errors, await violations(page)], [[], []]);
  await page.close();
});

test('the report still fits with the longest names Kubernetes allows, even in a 1280 px window', async () => {
  const row = examples['00-start-here.yaml']![0]!;
  const long = Array.from({ length: 12 }, (_, i) => ({ ...row, name: `${'a'.repeat(43)}${i}`.slice(0, 45), namespace: 'n'.repeat(63) }));
  const { page } = await harness.open('dark', 900);
  await harness.post(page, { type: 'report', scope: 'workspace', resources: long });
  await page.waitForSelector('table.resources');
  const widths = await page.evaluate(() => Array.from(document.querySelectorAll('table.resources > thead th, table.resources > tbody > tr:first-child > td')).map((e) => `${e.textContent?.slice(0, 12)}:${Math.round(e.getBoundingClientRect().width)}`));
  await page.screenshot({ path: path.join(artifacts, 'report-view-narrow.png'), fullPage: true });
  assert.equal((await rendered(page))?.fits, true, widths.join(' '));
  await page.close();
});

test('beside the editor (560 and 380 px) every resource is a card of labelled values, and nothing is wider than the view', async () => {
  const rows = Object.values(examples).flat();
  for (const width of [560, 380]) {
    const { page } = await harness.open('dark', width);
    await harness.post(page, { type: 'report', scope: 'workspace', resources: rows });
    await page.waitForSelector('table.resources');
    assert.equal((await rendered(page))?.fits, true, `fits at ${width} px`);
    const first = page.locator('table.resources > tbody > tr:not(.details)').first();
    // The labels are the cells' ::before (innerText leaves them out): read what the browser draws.
    const shown = await first.evaluate((tr) => Array.from(tr.querySelectorAll('td[data-label]')).map((td) => `${getComputedStyle(td, '::before').content.replace(/^"|"$/g, '')}${td.textContent}`));
    assert.deepEqual(shown, ['kind FlinkDeployment', 'mode native', 'parallelism 6', 'TaskManagers 3 × 2', 'pods 4', 'CPU 7', 'memory 14 GiB', 'findings 1 warning']);
    assert.equal(await first.evaluate((tr) => getComputedStyle(tr).display), 'flex', 'a card, not a table row');
    await first.locator('.details-toggle').click();
    assert.match(await page.locator('tr.details:visible').innerText(), /JobManager pod\s+1 CPU \(limit 1\)/);
    assert.equal((await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth])).reduce((a, b) => a - b), 0, 'still fits with details open');
    await page.screenshot({ path: path.join(artifacts, `report-view-${width}.png`), fullPage: true });
    await page.close();
  }
});

test('each row counts its findings by severity, infos included, as its Details list them', async () => {
  const rows = Object.values(examples).flat();
  assert.ok(rows.some((r) => r.findings.some((f) => f.severity === 'info')), 'the examples have info findings');
  const { page } = await harness.open('dark', 1100);
  await harness.post(page, { type: 'report', scope: 'workspace', resources: rows });
  await page.waitForSelector('table.resources');
  const counted = await page.evaluate(() => Array.from(document.querySelectorAll('table.resources > tbody > tr:not(.details)')).map((tr) => {
    const listed = Array.from((tr.nextElementSibling as HTMLElement).querySelectorAll('dt')).map((dt) => /^line \d+ (error|warning|info)$/.exec(dt.textContent ?? '')?.[1]).filter(Boolean);
    return { cell: tr.querySelector('td[data-label="findings"]')?.textContent, listed };
  }));
  for (const { cell, listed } of counted) {
    const n = (s: string) => listed.filter((x) => x === s).length;
    const expected = [['error', n('error')], ['warning', n('warning')], ['info', n('info')]].filter(([, k]) => k).map(([s, k]) => `${k} ${s}${k === 1 ? '' : 's'}`).join(', ') || 'none';
    assert.equal(cell, expected);
  }
  assert.ok(counted.some((c) => /info/.test(c.cell ?? '')));
  await page.close();
});

test('the report Details of a pod template with a sidecar: Flink main container, pod total, and the requests of the whole pods', async () => {
  const text = fs.readFileSync(path.join(root, 'test', 'fixtures', 'flink-real', 'podtemplate-sidecar-init-container.yaml'), 'utf8');
  const client = new TestClient();
  await client.initialize();
  await client.open('file:///ws/sidecar.yaml', text);
  const rows = (await client.request<ProjectionResult>('flinkK8s/projection', { textDocument: { uri: 'file:///ws/sidecar.yaml' } })).resources;
  client.dispose();
  const { page } = await harness.open('dark', 1100);
  await harness.post(page, { type: 'report', scope: 'sidecar.yaml', resources: rows });
  await page.locator('.details-toggle').first().click();
  const details = await page.locator('tr.details:visible').innerText();
  assert.match(details, /TaskManager Flink main container\s+2 CPU \(limit 2\) · 4 GiB \(limit 4 GiB\)\s+TaskManager pod total\s+2\.05 CPU · 4\.06 GiB with fluent-bit/);
  assert.match(details, /JobManager pod total\s+1\.05 CPU · 2\.06 GiB with fluent-bit/);
  assert.match(details, /requests with the pod templates' other containers\s+5\.15 CPU · 10\.19 GiB/);
  await page.close();
});

test('hostile names and messages stay text in both views', async () => {
  for (const message of [{ type: 'report', scope: HOSTILE.img, resources: hostile }, { type: 'projection', fileName: HOSTILE.img, resources: hostile, selected: null }]) {
    const { page, dialogs, errors } = await harness.open('dark', 1100);
    await harness.post(page, message);
    await page.waitForSelector('h1');
    const injected = await page.evaluate(() => ({ scripts: document.scripts.length, imgs: document.images.length, pwned: (window as unknown as { pwned?: unknown }).pwned }));
    assert.deepEqual(injected, { scripts: 2, imgs: 0, pwned: undefined }, message.type);
    assert.deepEqual([dialogs, errors, await violations(page)], [[], [], []], message.type);
    await page.close();
  }
});

test('messages of another shape are ignored', async () => {
  const { page, errors } = await harness.open('dark', 900);
  for (const bad of [null, 'x', { type: 'report' }, { type: 'report', scope: 's', resources: [{ name: 1 }] }, { type: 'projection', fileName: 'f', resources: [], selected: -1 }]) await harness.post(page, bad);
  assert.equal(await page.locator('#app').innerText(), 'Loading…');
  assert.deepEqual(errors, []);
  await page.close();
});
