/** The language server over in-memory streams: every capability, settings and the workspace index. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { eventually, TestClient } from '../support/lsp';
import { valid } from '../support/heads';

const URI = 'file:///ws/job.yaml';
const conflicting = valid().replace('  taskManager:\n', '  taskManager:\n    replicas: 2\n').replace('parallelism: 4', 'parallelism: 10');

async function client(options = {}): Promise<TestClient> {
  const c = new TestClient(options);
  await c.initialize();
  return c;
}

test('capabilities: pull diagnostics, hints, actions, hover, completion, symbols, lenses', async () => {
  const c = new TestClient();
  const { capabilities } = await c.initialize();
  for (const cap of ['diagnosticProvider', 'inlayHintProvider', 'codeActionProvider', 'hoverProvider', 'completionProvider', 'documentSymbolProvider', 'codeLensProvider']) assert.ok(capabilities[cap], cap);
  c.dispose();
});

test('pull diagnostics with codes and ranges; none for other YAML', async () => {
  const c = await client();
  await c.open(URI, conflicting);
  const diags = await c.diagnostics(URI);
  const ignored = diags.find((d) => d.code === 'job-parallelism-ignored');
  assert.ok(ignored);
  assert.equal(ignored.severity, 2);
  assert.deepEqual(ignored.range.start, { line: 17, character: 17 });
  await c.open('file:///ws/other.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec: {replicas: two}\n');
  assert.deepEqual(await c.diagnostics('file:///ws/other.yaml'), []);
  await c.change(URI, conflicting.replace('parallelism: 10', 'parallelism: 4'));
  assert.equal((await c.diagnostics(URI)).find((d) => d.code === 'job-parallelism-ignored')?.severity, 3, 'after the edit it is only redundant');
  c.dispose();
});

test('push diagnostics for clients without pull support', async () => {
  const c = await client({ pull: false });
  await c.open(URI, conflicting);
  const pushed = await eventually(() => c.pushed.get(URI));
  assert.ok((pushed as Array<{ code: string }>).some((d) => d.code === 'job-parallelism-ignored'));
  c.dispose();
});

test('inlay hints next to taskManager, replicas, the ignored parallelism and memory; settings turn kinds off', async () => {
  const c = await client();
  await c.open(URI, conflicting);
  const range = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };
  const labels = (await c.request<Array<{ label: string }>>('textDocument/inlayHint', { textDocument: { uri: URI }, range })).map((h) => h.label);
  assert.ok(labels.includes(' 2 pods × 2 slots, 4 needed'), labels.join('|'));
  assert.ok(labels.includes(' → parallelism 4'));
  assert.ok(labels.includes(' ignored → 4'));
  // The TaskManager's flow mapping puts memory and CPU hints on one line: what does not fit goes to the tooltip.
  assert.ok(labels.includes(' JVM heap 1.42 GiB') && labels.includes(' 1 slot/CPU'), labels.join('|'));
  c.settings = { inlayHints: { memory: false, taskManagers: false } };
  await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  const after = (await c.request<Array<{ label: string }>>('textDocument/inlayHint', { textDocument: { uri: URI }, range })).map((h) => h.label);
  assert.ok(!after.some((l) => l.includes('heap') || l.includes('pods')), after.join('|'));
  assert.ok(c.refreshes.includes('workspace/inlayHint/refresh'));
  c.dispose();
});

test('settings: rule severities and the operator defaults apply without a restart', async () => {
  const c = await client({ settings: { rules: { 'job-parallelism-ignored': 'error' } } });
  await c.open(URI, conflicting);
  assert.equal((await c.diagnostics(URI)).find((d) => d.code === 'job-parallelism-ignored')?.severity, 1);
  c.settings = { operatorDefaults: { 'taskmanager.numberOfTaskSlots': '5' } };
  await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await c.open('file:///ws/noslots.yaml', valid().replace('    taskmanager.numberOfTaskSlots: "2"\n', '    pipeline.name: x\n'));
  const [row] = (await c.request<{ resources: Array<{ slotsPerTaskManager: number; severity?: number }> }>('flinkK8s/projection', { textDocument: { uri: 'file:///ws/noslots.yaml' } })).resources;
  assert.equal(row?.slotsPerTaskManager, 5);
  c.dispose();
});

test('code actions: quick fixes with the preferred one, fix-all, suppression, refactorings', async () => {
  const c = await client();
  const text = `${conflicting}---\n${conflicting.replace('name: demo', 'name: other')}`;
  await c.open(URI, text);
  const diags = await c.diagnostics(URI);
  const d = diags.find((x) => x.code === 'job-parallelism-ignored');
  const actions = await c.request<Array<{ title: string; kind: string; isPreferred?: boolean; edit?: { changes: Record<string, Array<{ newText: string }>> } }>>('textDocument/codeAction', { textDocument: { uri: URI }, range: d?.range, context: { diagnostics: [d] } });
  const titles = actions.map((a) => a.title);
  assert.ok(actions.find((a) => a.title.startsWith('Remove job.parallelism'))?.isPreferred);
  assert.ok(titles.includes('Fix all job-parallelism-ignored problems in this file (2) (restarts the running job)'), titles.join('|'));
  assert.ok(titles.includes('Ignore job-parallelism-ignored on this line (add a flink-k8s-disable-next-line comment)'), 'a comment restarts nothing');
  const ignore = actions.find((a) => a.title.startsWith('Ignore job-parallelism-ignored'));
  assert.equal(ignore?.edit?.changes[URI]?.[0]?.newText, '    # flink-k8s-disable-next-line job-parallelism-ignored\n');
  const refactor = await c.request<Array<{ title: string; kind: string }>>('textDocument/codeAction', { textDocument: { uri: URI }, range: { start: { line: 14, character: 6 }, end: { line: 14, character: 6 } }, context: { diagnostics: [], only: ['refactor'] } });
  assert.ok(refactor.some((a) => a.kind === 'refactor.rewrite' && /^Resize TaskManagers to 4 slots: parallelism 4 · 1 TaskManager × 4 slots · 5 CPU · 10 GiB \(restarts the running job\)$/.test(a.title)), refactor.map((a) => a.title).join('|'));
  c.dispose();
});

test('hover explains fields and flinkConfiguration keys with the projected value', async () => {
  const c = await client();
  await c.open(URI, conflicting);
  const hover = async (line: number, character: number) => (await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line, character } }))?.contents.value ?? '';
  const replicas = await hover(13, 6);
  assert.match(replicas, /\*\*spec\.taskManager\.replicas\*\*/);
  assert.match(replicas, /parallelism 4/);
  const slots = await hover(9, 8);
  assert.match(slots, /taskmanager\.numberOfTaskSlots/);
  assert.match(slots, /Flink option · Integer · default: `1`/);
  c.dispose();
});

test('completion: CR fields, enum values, flinkConfiguration keys; nothing for other YAML', async () => {
  const c = await client();
  const text = valid('  mode: \n  \n').replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    taskmanager.memory.man\n');
  await c.open(URI, text);
  const lines = text.split('\n');
  type Item = { label: string; detail?: string };
  const at = async (line: number, character: number) => {
    const r = await c.request<Item[] | { items: Item[] }>('textDocument/completion', { textDocument: { uri: URI }, position: { line, character } });
    return Array.isArray(r) ? r : r.items;
  };
  const modeLine = lines.indexOf('  mode: ');
  assert.deepEqual((await at(modeLine, 8)).map((i) => i.label), ['native', 'standalone']);
  const keys = (await at(modeLine + 1, 2)).map((i) => i.label);
  assert.ok(keys.includes('podTemplate') && keys.includes('restartNonce') && !keys.includes('image'), keys.join(','));
  const configLine = lines.findIndex((l) => l.includes('taskmanager.memory.man'));
  const options = await at(configLine, 26);
  assert.ok(options.some((o) => o.label === 'taskmanager.memory.managed.fraction' && /Float · default 0.4/.test(o.detail ?? '')));
  await c.open('file:///ws/other.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  \n');
  assert.deepEqual(await c.request('textDocument/completion', { textDocument: { uri: 'file:///ws/other.yaml' }, position: { line: 3, character: 2 } }), []);
  c.dispose();
});

test('document symbols and CodeLens summarise each resource', async () => {
  const c = await client();
  await c.open(URI, conflicting);
  const symbols = await c.request<Array<{ name: string; detail: string }>>('textDocument/documentSymbol', { textDocument: { uri: URI } });
  assert.deepEqual(symbols.map((s) => s.name), ['demo']);
  const lenses = await c.request<Array<{ command: { title: string; command: string } }>>('textDocument/codeLens', { textDocument: { uri: URI } });
  assert.equal(lenses[0]?.command.title, 'parallelism 4 · 2 TaskManagers × 2 slots · 5 CPU · 10 GiB');
  // A snapshot first: each lens still opens its own row of the preview.
  const snapshot = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkStateSnapshot\nmetadata: { name: snap }\nspec:\n  savepoint: {}\n  jobReference: { kind: FlinkDeployment, name: demo }\n---\n';
  await c.change(URI, snapshot + conflicting);
  const withSnapshot = await c.request<Array<{ command: { arguments: [string, number] } }>>('textDocument/codeLens', { textDocument: { uri: URI } });
  const rows = (await c.request<{ resources: Array<{ name: string }> }>('flinkK8s/projection', { textDocument: { uri: URI } })).resources;
  assert.deepEqual(withSnapshot.map((l) => rows[l.command.arguments[1]]?.name), ['demo']);
  c.dispose();
});

test('workspace index: a session job finds its cluster in a closed file', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-ws-'));
  fs.writeFileSync(path.join(folder, 'session.yaml'), valid('', '').replace('name: demo', 'name: sessions'));
  const c = await client({ workspaceFolder: folder });
  const job = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkSessionJob\nmetadata: { name: j }\nspec:\n  deploymentName: sessions\n  job: { jarURI: "https://repo.example.com/a.jar", parallelism: 3 }\n';
  const uri = `file://${folder}/job.yaml`;
  await eventually(async () => {
    await c.open(uri, job);
    const [row] = (await c.request<{ resources: Array<{ taskManagers: number | null }> }>('flinkK8s/projection', { textDocument: { uri } })).resources;
    return row?.taskManagers === 2 ? true : undefined;
  });
  c.dispose();
});

test('watched files: a change to a Flink file refreshes open editors, other YAML does not', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-watch-'));
  const c = await client({ workspaceFolder: folder });
  await c.open(URI, conflicting);
  await c.diagnostics(URI);
  const notify = async (name: string, content: string) => {
    fs.writeFileSync(path.join(folder, name), content);
    c.refreshes.length = 0;
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${folder}/${name}`, type: 2 }] });
    await c.diagnostics(URI); // a round trip, so the notification has been handled
    return [...c.refreshes];
  };
  assert.deepEqual(await notify('values.yaml', 'replicaCount: 2\n'), []);
  assert.ok((await notify('cluster.yaml', valid('', '').replace('name: demo', 'name: sessions'))).includes('workspace/diagnostic/refresh'));
  c.dispose();
});
