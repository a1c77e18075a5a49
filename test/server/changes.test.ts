/**
 * Change impact through the protocol: the server asks the client for a document's base text (what
 * VS Code's git extension gives it), and diagnostics, CodeLens, hover and the projection answer
 * with what the edit does; they follow typing, a changed base and a cleared one.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, TestClient } from '../support/lsp';
import { valid } from '../support/heads';

const URI = 'file:///ws/job.yaml';
const base = valid('', '  job:\n    jarURI: local:///opt/app.jar\n    parallelism: 4\n    upgradeMode: savepoint\n').replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    execution.checkpointing.savepoint-dir: s3://b/sp\n    execution.checkpointing.dir: s3://b/cp\n');

/** A client that offers bases: `bases` holds what it answers per URI (none by default). */
async function client(bases = new Map<string, { base: string | null; ref: string }>(), offer = true, settings?: Record<string, unknown>): Promise<TestClient & { bases: typeof bases; asked: string[] }> {
  const c = new TestClient({ ...(offer ? { initializationOptions: { baseText: true } } : {}), settings }) as TestClient & { bases: typeof bases; asked: string[] };
  c.bases = bases;
  c.asked = [];
  c.connection.onRequest('flinkK8s/baseText', (p: { textDocuments: Array<{ uri: string }> }) => {
    c.asked.push(...p.textDocuments.map((d) => d.uri));
    return { bases: p.textDocuments.map(({ uri }) => ({ uri, ...(bases.get(uri) ?? { base: null, ref: 'HEAD' }) })) };
  });
  await c.initialize();
  return c;
}

/** Changes the client's answer and tells the server, as the extension does when HEAD moves. */
async function rebase(c: Awaited<ReturnType<typeof client>>, base: string | null, ref = 'HEAD'): Promise<void> {
  c.bases.set(URI, { base, ref });
  await c.connection.sendNotification('flinkK8s/basesChanged', {});
}

type Diag = { code?: string; severity: number; message: string; range: { start: { line: number; character: number } } };
const changeDiags = async (c: TestClient) => ((await c.diagnostics(URI)) as Diag[]).filter((d) => d.code === 'change-impact');
const lenses = async (c: TestClient) => (await c.request<Array<{ command: { title: string; arguments: unknown[] } }>>('textDocument/codeLens', { textDocument: { uri: URI } })).map((l) => l.command.title);

test('without a base there is no change information; a client that does not offer bases is never asked', async () => {
  const silent = await client(new Map([[URI, { base, ref: 'HEAD' }]]), false);
  await silent.open(URI, base.replace('parallelism: 4', 'parallelism: 8'));
  await new Promise((r) => setTimeout(r, 200));
  assert.deepEqual(await changeDiags(silent), []);
  assert.deepEqual(silent.asked, []);
  silent.dispose();
  const c = await client();
  await c.open(URI, base.replace('parallelism: 4', 'parallelism: 8'));
  assert.deepEqual(await changeDiags(c), []);
  assert.deepEqual((await lenses(c)).filter((t) => t.startsWith('This change')), []);
  c.dispose();
});

test('a base text gives a diagnostic per changed field and a CodeLens per changed resource, updated as you type', async () => {
  const c = await client();
  c.bases.set(URI, { base, ref: 'HEAD' });
  await c.open(URI, base);
  await eventually(() => (c.asked.length ? true : undefined));
  assert.deepEqual(await changeDiags(c), [], 'the text equals its base');
  assert.deepEqual(c.asked, [URI], 'asked once, when the document opened');
  assert.ok(c.refreshes.includes('workspace/codeLens/refresh'));
  await c.change(URI, base.replace('parallelism: 4', 'parallelism: 8'));
  const [d] = await eventually(async () => { const x = await changeDiags(c); return x.length ? x : undefined; });
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
  c.bases.set(URI, { base, ref: 'main' });
  await c.open(URI, base);
  await c.change(URI, base.replace('image: flink:1.20', 'image: flink:1.20.1'));
  await eventually(async () => ((await changeDiags(c)).length ? true : undefined));
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
  c.bases.set(URI, { base: `${base}---\n${other}`, ref: 'HEAD' });
  await c.open(URI, base);
  await c.change(URI, base.replace('parallelism: 4', 'parallelism: 8'));
  await eventually(async () => ((await changeDiags(c)).length ? true : undefined));
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

test('when the client says bases changed, the server asks again: a new base, then none (setting off)', async () => {
  const c = await client();
  await c.open(URI, base.replace('parallelism: 4', 'parallelism: 8'));
  await eventually(() => (c.asked.length === 1 ? true : undefined));
  assert.deepEqual(await changeDiags(c), []);
  await rebase(c, base);
  await eventually(async () => ((await changeDiags(c)).length === 1 ? true : undefined));
  await rebase(c, base.replace('parallelism: 4', 'parallelism: 8'), 'main');
  await eventually(async () => ((await changeDiags(c)).length === 0 ? true : undefined));
  await rebase(c, base);
  await eventually(async () => ((await changeDiags(c)).length === 1 ? true : undefined));
  await rebase(c, null);
  await eventually(async () => ((await changeDiags(c)).length === 0 ? true : undefined));
  assert.equal(c.asked.length, 5, 'once at open, once per change of the bases');
  c.dispose();
});

// audit D11: no prediction for a release older than the modelled ones, and a lens that says why.
test('an operator release older than 1.1 gets no change diagnostics, and one lens saying why', async () => {
  const c = await client(new Map([[URI, { base, ref: 'HEAD' }]]), true, { operatorVersion: '1.0' });
  await c.open(URI, base);
  await eventually(() => (c.asked.length ? true : undefined));
  const impact = async () => (await lenses(c)).filter((t) => t.startsWith('Change impact') || t.startsWith('This change'));
  assert.deepEqual(await impact(), [], 'the text equals its base: nothing to say');
  await c.change(URI, base.replace('parallelism: 4', 'parallelism: 8'));
  await eventually(async () => ((await impact()).length ? true : undefined));
  assert.deepEqual(await impact(), ['Change impact since HEAD: change impact is modelled for operator 1.1 to 1.16; operator 1.0 is older']);
  assert.deepEqual(await changeDiags(c), []);
  c.dispose();
});
