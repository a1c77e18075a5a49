/**
 * Change impact through the protocol: the client sends a document's base text (what VS Code's git
 * extension gives it), and diagnostics, CodeLens, hover and the projection answer with what the
 * edit does; they follow typing and a cleared base.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from '../support/lsp';
import { valid } from '../support/heads';

const URI = 'file:///ws/job.yaml';
const base = valid('', '  job:\n    jarURI: local:///opt/app.jar\n    parallelism: 4\n    upgradeMode: savepoint\n').replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    execution.checkpointing.savepoint-dir: s3://b/sp\n    execution.checkpointing.dir: s3://b/cp\n');

async function client(): Promise<TestClient> {
  const c = new TestClient();
  await c.initialize();
  return c;
}

type Diag = { code?: string; severity: number; message: string; range: { start: { line: number; character: number } } };
const changeDiags = async (c: TestClient) => ((await c.diagnostics(URI)) as Diag[]).filter((d) => d.code === 'change-impact');
const lenses = async (c: TestClient) => (await c.request<Array<{ command: { title: string; arguments: unknown[] } }>>('textDocument/codeLens', { textDocument: { uri: URI } })).map((l) => l.command.title);

test('without a base there is no change information', async () => {
  const c = await client();
  await c.open(URI, base.replace('parallelism: 4', 'parallelism: 8'));
  assert.deepEqual(await changeDiags(c), []);
  assert.deepEqual((await lenses(c)).filter((t) => t.startsWith('This change')), []);
  c.dispose();
});

test('a base text gives a diagnostic per changed field and a CodeLens per changed resource, updated as you type', async () => {
  const c = await client();
  await c.open(URI, base);
  await c.connection.sendNotification('flinkK8s/baseText', { textDocument: { uri: URI }, base, ref: 'HEAD' });
  assert.deepEqual(await changeDiags(c), [], 'the text equals its base');
  assert.ok(c.refreshes.includes('workspace/codeLens/refresh'));
  await c.change(URI, base.replace('parallelism: 4', 'parallelism: 8'));
  const [d] = await changeDiags(c);
  assert.equal(d?.message, 'Since HEAD: spec.job.parallelism changed from 4 to 8: an upgrade: the operator stops the job with a savepoint and restores it from that savepoint.');
  assert.equal(d?.severity, 3, 'information');
  const line = base.split('\n').findIndex((l) => l.includes('parallelism: 4'));
  assert.deepEqual(d?.range.start, { line, character: 17 });
  assert.ok((await lenses(c)).includes('This change: restarts from a savepoint'));
  await c.change(URI, base.replace('parallelism: 4', 'parallelism: 8').replace('upgradeMode: savepoint', 'upgradeMode: savepoint\n    savepointRedeployNonce: 1\n    initialSavepointPath: s3://b/sp/1'));
  const warnings = (await changeDiags(c)).filter((x) => x.severity === 2).map((x) => x.message);
  assert.ok(warnings.some((m) => m.startsWith('Since HEAD: spec.job.savepointRedeployNonce added (1): a savepoint redeploy: the operator cancels the job without a savepoint')), warnings.join('\n'));
  assert.ok((await lenses(c)).includes('This change: redeploys from initialSavepointPath'));
  c.dispose();
});

test('hover on a changed field adds what the change does and its conditions', async () => {
  const c = await client();
  await c.open(URI, base);
  await c.connection.sendNotification('flinkK8s/baseText', { textDocument: { uri: URI }, base, ref: 'main' });
  await c.change(URI, base.replace('image: flink:1.20', 'image: flink:1.20.1'));
  await changeDiags(c);
  const line = base.split('\n').findIndex((l) => l.includes('image:'));
  const hover = await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: 12 } });
  const value = hover?.contents.value ?? '';
  assert.ok(value.includes('**This change (since main):** spec\\.image changed from flink\\:1\\.20 to flink\\:1\\.20\\.1\\: an upgrade'), value);
  assert.match(value, /- if the job is not running when the change arrives/);
  c.dispose();
});

test('the projection carries each resource\'s change and the resources the text removed', async () => {
  const c = await client();
  const other = base.replace('name: demo', 'name: gone');
  await c.open(URI, base);
  await c.connection.sendNotification('flinkK8s/baseText', { textDocument: { uri: URI }, base: `${base}---\n${other}`, ref: 'HEAD' });
  await c.change(URI, base.replace('parallelism: 4', 'parallelism: 8'));
  await changeDiags(c);
  const result = await c.request<{ resources: Array<{ name: string; change?: { class: string; headline: string; fields: Array<{ path: string; before: string; after: string; line: number }>; projection: { before: { taskManagers: number }; after: { taskManagers: number } } } }>; removed: Array<{ name: string; headline: string }> }>('flinkK8s/projection', { textDocument: { uri: URI } });
  const change = result.resources[0]?.change;
  assert.equal(change?.class, 'upgrade');
  const line = base.split('\n').findIndex((l) => l.includes('parallelism: 4')) + 1;
  assert.deepEqual(change?.fields.map((f) => [f.path, f.before, f.after, f.line]), [['spec.job.parallelism', '4', '8', line]]);
  assert.deepEqual([change?.projection.before.taskManagers, change?.projection.after.taskManagers], [2, 4]);
  assert.deepEqual(result.removed.map((r) => [r.name, r.headline]), [['gone', 'deletes the resource (state discarded)']]);
  assert.ok((await lenses(c)).includes('Removed since HEAD: FlinkDeployment gone (deletes the resource (state discarded))'));
  c.dispose();
});

test('a cleared base (setting off, file not in git) removes the change information', async () => {
  const c = await client();
  await c.open(URI, base.replace('parallelism: 4', 'parallelism: 8'));
  await c.connection.sendNotification('flinkK8s/baseText', { textDocument: { uri: URI }, base, ref: 'HEAD' });
  assert.equal((await changeDiags(c)).length, 1);
  await c.connection.sendNotification('flinkK8s/baseText', { textDocument: { uri: URI }, base: null, ref: 'HEAD' });
  assert.deepEqual(await changeDiags(c), []);
  c.dispose();
});
