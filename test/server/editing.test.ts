/**
 * Editing comfort over LSP (in memory): ranked key completion that keeps its order in any
 * client, value completion after a key, hover on spec fields, and the typing cases: one finding
 * per mistake, and the projection that waits for valid YAML.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from '../support/lsp';
import { valid } from '../support/heads';

const URI = 'file:///ws/typing.yaml';

interface Item {
  label: string;
  sortText?: string;
  filterText?: string;
  detail?: string;
  tags?: number[];
  preselect?: boolean;
  command?: { command: string };
  textEdit?: { newText: string };
  documentation?: { value: string };
}

async function client(): Promise<TestClient> {
  const c = new TestClient();
  await c.initialize();
  return c;
}

let opened = 0;

/** Completion at `|`, in a document of its own. */
async function complete(c: TestClient, text: string): Promise<{ items: Item[]; isIncomplete: boolean }> {
  const offset = text.indexOf('|');
  const clean = text.replace('|', '');
  const before = clean.slice(0, offset).split('\n');
  const uri = `file:///ws/completion-${++opened}.yaml`;
  await c.open(uri, clean);
  const r = await c.request<Item[] | { items: Item[]; isIncomplete: boolean }>('textDocument/completion', { textDocument: { uri }, position: { line: before.length - 1, character: before[before.length - 1]?.length ?? 0 } });
  return Array.isArray(r) ? { items: r, isIncomplete: false } : r;
}

const inConfig = (line: string) => valid().replace('  flinkConfiguration:\n', `  flinkConfiguration:\n    ${line}\n`);

test('key completion: ranked on the server, incomplete, each item filtered by what is typed so clients keep the order', async () => {
  const c = await client();
  const { items, isIncomplete } = await complete(c, inConfig('state.back|'));
  assert.equal(isIncomplete, true);
  assert.equal(items[0]?.label, 'state.backend.type');
  assert.ok(items.every((i) => i.filterText?.startsWith('state.back')), 'every filterText starts with the typed text');
  const sorted = [...items].sort((a, b) => ((a.sortText ?? '') < (b.sortText ?? '') ? -1 : 1)).map((i) => i.label);
  assert.deepEqual(sorted, items.map((i) => i.label), 'sortText keeps the server order');
  const deprecated = (await complete(c, inConfig('state.checkpoints|'))).items.find((i) => i.label === 'state.checkpoints.dir');
  assert.deepEqual(deprecated?.tags, [1], 'CompletionItemTag.Deprecated');
  c.dispose();
});

test('accepting a key opens value completion; the values come with the default preselected', async () => {
  const c = await client();
  const key = (await complete(c, inConfig('state.backend.t|'))).items.find((i) => i.label === 'state.backend.type');
  assert.equal(key?.command?.command, 'editor.action.triggerSuggest');
  assert.equal(key?.textEdit?.newText, 'state.backend.type: ');
  const values = (await complete(c, inConfig('state.backend.type: |'))).items;
  assert.deepEqual(values.map((v) => v.label), ['hashmap', 'rocksdb', 'forst']);
  assert.equal(values.find((v) => v.preselect)?.label, 'hashmap');
  const booleans = (await complete(c, inConfig('pipeline.object-reuse: |'))).items;
  assert.deepEqual(booleans.map((b) => [b.label, b.textEdit?.newText, b.filterText]), [['true', '"true"', '"true"'], ['false', '"false"', '"false"']]);
  const upgrade = (await complete(c, valid('', '  job:\n    jarURI: local:///opt/app.jar\n    parallelism: 4\n    upgradeMode: |\n'))).items;
  assert.deepEqual(upgrade.map((u) => u.label), ['last-state', 'savepoint', 'stateless']);
  c.dispose();
});

test('hover explains any spec field, pod template fields included', async () => {
  const c = await client();
  const text = valid().replace('  taskManager:\n', '  taskManager:\n    podTemplate:\n      spec:\n        tolerations:\n          - key: dedicated\n            effect: NoSchedule\n');
  await c.open(URI, text);
  const lines = text.split('\n');
  const hover = async (needle: string) => {
    const line = lines.findIndex((l) => l.includes(needle));
    const r = await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: (lines[line]?.indexOf(needle) ?? 0) + 1 } });
    return r?.contents.value ?? '';
  };
  assert.match(await hover('effect'), /Taint effect to tolerate/);
  assert.match(await hover('tolerations'), /Taints the pods tolerate/);
  assert.match(await hover('serviceAccount'), /service account/);
  c.dispose();
});

test('typing: a quoted parallelism is one finding with "write 8 as a number"; a mis-indented line is one syntax finding', async () => {
  const c = await client();
  await c.open(URI, valid().replace('parallelism: 4', 'parallelism: "8"'));
  const typed = await c.diagnostics(URI);
  assert.deepEqual(typed.map((d) => d.code), ['schema']);
  assert.match(typed[0]?.message ?? '', /rejects the string "8" where an integer is expected/);
  const actions = await c.request<Array<{ title: string; isPreferred?: boolean }>>('textDocument/codeAction', { textDocument: { uri: URI }, range: (typed[0] as unknown as { range: object }).range, context: { diagnostics: typed } });
  assert.equal(actions.find((a) => a.isPreferred)?.title, 'Write 8 as a number (restarts the running job)');
  await c.change(URI, valid().replace('    parallelism: 4', '   parallelism: 4'));
  const indented = await c.diagnostics(URI);
  assert.deepEqual(indented.map((d) => [d.code, d.range.start.line]), [['yaml-syntax', 16]]);
  c.dispose();
});

test('while the YAML is broken, the projection shows the last version that parsed and says so; hints pause', async () => {
  const c = await client();
  await c.open(URI, valid());
  const lens = async () => (await c.request<Array<{ command: { title: string } }>>('textDocument/codeLens', { textDocument: { uri: URI } })).map((l) => l.command.title);
  const rows = async () => (await c.request<{ resources: Array<{ parallelism: number | null; waiting?: string }> }>('flinkK8s/projection', { textDocument: { uri: URI } })).resources;
  const hints = async () => (await c.request<unknown[]>('textDocument/inlayHint', { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } } })).length;
  const good = await lens();
  assert.equal((await rows())[0]?.waiting, undefined);
  assert.ok((await hints()) > 0);
  await c.change(URI, valid().replace('  taskManager:', ' taskManager:'));
  const [title] = await lens();
  assert.equal(title, `Waiting for valid YAML (line 13) · last valid: ${good[0]}`);
  const [row] = await rows();
  assert.equal(row?.parallelism, 4);
  assert.match(row?.waiting ?? '', /line 13: showing the last version that parsed/);
  assert.equal(await hints(), 0);
  await c.change(URI, valid());
  assert.deepEqual(await lens(), good);
  c.dispose();
});

test('a document that never parsed says its numbers are the parser\'s guess', async () => {
  const c = await client();
  await c.open('file:///ws/fresh.yaml', valid().replace('  taskManager:', ' taskManager:'));
  const { resources } = await c.request<{ resources: Array<{ waiting?: string }> }>('flinkK8s/projection', { textDocument: { uri: 'file:///ws/fresh.yaml' } });
  assert.match(resources[0]?.waiting ?? '', /waiting for valid YAML; these numbers are from the parser's guess/);
  c.dispose();
});
