/**
 * The page and messages it did not expect: wrong shapes are ignored without an error and leave
 * the view as it was; absurd but well-formed numbers from real YAML draw a bounded page.
 */

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analysis';
import { resourceRow } from '../../server/src/core/report/row';
import { layoutMessage } from '../../client/src/pod-layout-page';
import type { ResourceProjection } from '../../server/src/protocol/requests';
import { WebviewHarness } from '../support/webview-page';

const root = path.join(__dirname, '..', '..', '..');
const harness = new WebviewHarness();

function rows(text: string): ResourceProjection[] {
  const a = analyze(text);
  return a.resources.flatMap(({ resource, projection }) => (projection ? [{ ...resourceRow('file:///x.yaml', a.lines, resource, projection), findings: [] }] : []));
}

before(() => harness.start());
after(() => harness.stop());

test('messages of an unexpected shape are ignored: no error, the view and state stay', async () => {
  const [valid] = rows(fs.readFileSync(path.join(root, 'examples', '02-native-parallelism-hint.yaml'), 'utf8'));
  assert.ok(valid);
  const good = layoutMessage('file:///x.yaml', 'x.yaml', [valid], 0);
  const broken = (change: Record<string, unknown>) => ({ ...good, resources: [{ ...valid, ...change }] });
  const bad: unknown[] = [
    null, undefined, 42, 'layout', [], {}, { type: 'bogus', message: 'x' }, { type: 'empty' }, { type: 'empty', message: 5 }, { type: 'layout' },
    { ...good, resources: 'none' }, { ...good, resources: [null] }, { ...good, resources: [{}] }, { ...good, uri: 7 }, { ...good, fileName: null },
    { ...good, selected: -1 }, { ...good, selected: 0.5 }, { ...good, selected: '0' },
    broken({ findings: null }), broken({ findings: [{ line: 1, severity: 'error', message: { html: '<b>x</b>' } }] }), broken({ unknown: [1] }),
    broken({ name: ['<b>x</b>'] }), broken({ totalSlots: '1e9' }), broken({ taskManager: null }), broken({ slotSharingGroups: [{ group: 1 }] }),
    broken({ sessionJobs: [{ slots: 1 }] }), broken({ autoscaler: { minParallelism: 1 } }), broken({ totals: {} }), broken({ taskManagers: Infinity }),
  ];
  const { page, errors } = await harness.open();
  await harness.post(page, good);
  const before = await snapshot(page);
  for (const message of bad) {
    await harness.post(page, message);
    const what = `after ${JSON.stringify(message)?.slice(0, 120)}`;
    assert.deepEqual(errors, [], what);
    const now = await snapshot(page);
    assert.deepEqual({ ...now, html: now.html === before.html }, { ...before, html: true }, what);
  }
  await harness.post(page, { type: 'empty', message: 'still listening' });
  assert.equal(await page.locator('#app').textContent(), 'still listening');
  await page.close();
});

test('a huge numberOfTaskSlots from real YAML draws a bounded page', async () => {
  const text = fs.readFileSync(path.join(root, 'examples', '02-native-parallelism-hint.yaml'), 'utf8')
    .replace(/taskmanager\.numberOfTaskSlots: "?\d+"?/, 'taskmanager.numberOfTaskSlots: "100000000"')
    .replace('spec:\n', 'spec:\n  mode: standalone\n').replace('  taskManager:\n', '  taskManager:\n    replicas: 3\n');
  const resources = rows(text);
  assert.ok((resources[0]?.totalSlots ?? 0) >= 3e8, `the projection has ${resources[0]?.totalSlots} slots`);
  const started = Date.now();
  const { page, errors } = await harness.show(resources);
  assert.ok(Date.now() - started < 10_000, 'drawn in seconds');
  assert.equal(await page.locator('.pod.tm').count(), 3);
  assert.equal(await page.locator('.pod.tm .slot').count(), 3 * 64);
  assert.match((await page.locator('.pod.tm .more').first().textContent()) ?? '', /\+ 99999936 more slots/);
  assert.deepEqual(errors, []);
  await page.screenshot({ path: path.join(root, 'test', 'artifacts', 'pod-layout-huge-slots.png'), fullPage: true });
  await page.close();
});

async function snapshot(page: import('playwright-core').Page) {
  return page.evaluate(() => ({ html: document.getElementById('app')?.innerHTML, saved: (window as unknown as { saved: unknown }).saved, sent: (window as unknown as { sent: unknown[] }).sent.length }));
}
