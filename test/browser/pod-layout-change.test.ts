/**
 * The preview's "Change" section in a real browser: a resize of a committed file shows what the
 * operator does, the changed fields and the projection before and after (screenshot for the
 * README); a savepoint redeploy is marked as losing state; hostile values stay text.
 */

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, DEFAULT_OPTIONS } from '../../server/src/core/analysis';
import { resourceRow } from '../../server/src/core/report/row';
import { compareSides } from '../../server/src/core/changes/compare';
import { changeView } from '../../server/src/features/changes';
import { WebviewHarness } from '../support/webview-page';
import { HOSTILE } from '../support/hostile-markup';

const root = path.join(__dirname, '..', '..', '..');
const artifacts = path.join(root, 'test', 'artifacts');
const harness = new WebviewHarness();
const example = fs.readFileSync(path.join(root, 'examples', '02-native-parallelism-hint.yaml'), 'utf8');

/** Rows for the current text with the change against the base attached, as the server sends them. */
function rowsWithChange(base: string, current: string) {
  const a = analyze(current);
  const b = analyze(base);
  const side = (x: typeof a) => x.resources.map(({ resource, projection }) => ({ resource, projection, offset: 0 }));
  const changes = compareSides({ before: side(b), after: side(a) }, DEFAULT_OPTIONS);
  return a.resources.flatMap(({ resource, projection }) => {
    if (!projection) return [];
    const c = changes.find((x) => x.span?.start === resource.start);
    return [{ ...resourceRow('file:///x.yaml', a.lines, resource, projection), findings: [], ...(c ? { change: changeView(c, 'HEAD', a.lines) } : {}) }];
  });
}

before(async () => {
  await harness.start();
  fs.mkdirSync(artifacts, { recursive: true });
});

after(() => harness.stop());

test('a resize shows the action, the changed fields and the projection delta', async () => {
  const resized = example.replace('taskmanager.numberOfTaskSlots: "4"', 'taskmanager.numberOfTaskSlots: "2"').replace('    parallelism: 6', '    parallelism: 8');
  const { page, errors } = await harness.show(rowsWithChange(example, resized), 'dark', 900);
  const section = page.locator('section[aria-label="Change"]');
  assert.equal(await section.locator('h2').innerText(), 'Change since HEAD: restarts without state');
  assert.match(await section.innerText(), /The operator cancels the job and starts it again without state: discards the job's state\./);
  const fields = await section.locator('table.fields tr').allInnerTexts();
  assert.deepEqual(fields.slice(1).map((r) => r.split('\t').map((c) => c.trim())), [['spec.job.parallelism', '6', '8', 'upgrade'], ['spec.flinkConfiguration.taskmanager.numberOfTaskSlots', '4', '2', 'upgrade']]);
  const delta = await section.locator('table.delta tr').allInnerTexts();
  assert.deepEqual(delta.slice(1).map((r) => r.split('\t').map((c) => c.trim())), [['parallelism', '6', '8'], ['TaskManagers', '5', '10'], ['slots per TaskManager', '4', '2'], ['CPU', '11', '21'], ['memory', '22 GiB', '42 GiB']], 'only what differs (20 slots either way)');
  assert.ok(await section.evaluate((e) => e.classList.contains('lost')), 'a job that checkpoints and restarts stateless loses state');
  await section.locator('button.link').first().click();
  const sent = await page.evaluate(() => (window as unknown as { sent: Array<{ type: string; line?: number }> }).sent);
  assert.deepEqual(sent.at(-1), { type: 'reveal', uri: 'file:///x.yaml', line: resized.split('\n').findIndex((l) => l.includes('parallelism: 8')) + 1 });
  assert.deepEqual(errors, []);
  await page.screenshot({ path: path.join(artifacts, 'pod-layout-change.png'), fullPage: false });
  await page.close();
});

test('no change, no section; a change that keeps the projection says so', async () => {
  const same = await harness.show(rowsWithChange(example, example));
  assert.equal(await same.page.locator('section[aria-label="Change"]').count(), 0);
  await same.page.close();
  const image = await harness.show(rowsWithChange(example, example.replace('image: flink:1.20', 'image: flink:1.20.1')));
  assert.match(await image.page.locator('section[aria-label="Change"]').innerText(), /The projection does not change/);
  await image.page.close();
});

test('removed resources are listed, and hostile values in a change stay text', async () => {
  const { page, errors, dialogs } = await harness.open();
  const rows = rowsWithChange(example, example.replace('image: flink:1.20', `image: ${JSON.stringify(HOSTILE.img + HOSTILE.bidi)}`));
  await harness.post(page, { type: 'layout', uri: 'file:///x.yaml', fileName: 'x.yaml', resources: rows, selected: 0, removed: [{ kind: 'FlinkDeployment', name: HOSTILE.script, namespace: 'flink', headline: 'deletes the resource', action: 'cancels the job' }] });
  await page.waitForSelector('section[aria-label="Change"]');
  assert.match(await page.locator('section[aria-label="Removed resources"]').innerText(), /FlinkDeployment flink\/"><script>window\.pwned=2;alert\(2\)<\/script>: the operator cancels the job\./);
  const cells = await page.locator('table.fields td').allInnerTexts();
  const named = (t: string) => t.replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase()}>`);
  assert.equal(cells[2], named(`${(HOSTILE.img + HOSTILE.bidi).slice(0, 57)}...`), 'the value as text, bidi controls named, long values shortened');
  assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
  assert.deepEqual([errors, dialogs], [[], []]);
  await page.close();
});

test('a change message of the wrong shape is ignored', async () => {
  const { page } = await harness.open();
  const [row] = rowsWithChange(example, example.replace('    parallelism: 6', '    parallelism: 8'));
  await harness.post(page, { type: 'layout', uri: 'file:///x.yaml', fileName: 'x.yaml', resources: [{ ...row, change: { ref: 'HEAD', class: 'upgrade' } }], selected: 0 });
  assert.equal(await page.locator('h1').count(), 0, 'a half change is not drawn');
  await page.close();
});
