/**
 * The pod layout webview in a real browser (Debian Chromium via playwright-core): its own HTML,
 * CSS and script, fed real projections. Checks the DOM and takes screenshots into
 * test/artifacts. Hostile values are in pod-layout-injection.test.ts.
 */

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analysis';
import { resourceRow } from '../../server/src/core/report/row';
import { WebviewHarness } from '../support/webview-page';

const root = path.join(__dirname, '..', '..', '..');
const artifacts = path.join(root, 'test', 'artifacts');
const harness = new WebviewHarness();

function rows(text: string) {
  const a = analyze(text);
  return a.resources.flatMap(({ resource, projection }) => (projection ? [{ ...resourceRow('file:///x.yaml', a.lines, resource, projection), findings: [] as Array<{ line: number; severity: string; rule: string; message: string }> }] : []));
}

before(async () => {
  await harness.start();
  fs.mkdirSync(artifacts, { recursive: true });
});

after(() => harness.stop());

const show = (resources: unknown[], theme: 'dark' | 'light' = 'dark', width = 900) => harness.show(resources, theme, width);

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

test('Flink 2.3 persistent volume claims show on every pod; on 2.2 nothing is mounted', async () => {
  const base = fs.readFileSync(path.join(root, 'examples', '02-native-parallelism-hint.yaml'), 'utf8');
  const withClaims = (version: string) => base.replace(/flinkVersion: v\d_\d+/, `flinkVersion: ${version}`).replace(/image: flink:[\d.]+/, `image: flink:${version.slice(1).replace('_', '.')}`).replace('  flinkConfiguration:\n', '  flinkConfiguration:\n    kubernetes.persistent-volume-claims: "state-cache:/opt/flink/cache,jars:/opt/jars"\n    kubernetes.persistent-volume-claim-read-only: "true"\n');
  const { page } = await show(rows(withClaims('v2_3')));
  const volumes = await page.locator('.pod .volumes').allInnerTexts();
  assert.equal(volumes.length, 6, 'one line per pod: the JobManager and 5 TaskManagers');
  assert.equal(volumes[0], 'PVC state-cache → /opt/flink/cache, jars → /opt/jars (read-only)');
  await page.close();
  const older = await show(rows(withClaims('v2_2')));
  assert.equal(await older.page.locator('.pod .volumes').count(), 0);
  await older.page.close();
});
