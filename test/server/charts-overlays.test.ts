/** A chart and an overlay in a workspace: templates and patches show what the rendered resources get. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { eventually, TestClient } from '../support/lsp';

const fixtures = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'sets');

function copyWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-sets-'));
  fs.cpSync(fixtures, dir, { recursive: true });
  return dir;
}

type Lens = { range: { start: { line: number } }; command: { title: string } };

test('a template shows the rendered projection; editing values.yaml updates it', async () => {
  const ws = copyWorkspace();
  const c = new TestClient({ workspaceFolder: ws });
  await c.initialize();
  const template = `file://${ws}/chart-with-helpers/templates/flinkdeployment.yaml`;
  const valuesUri = `file://${ws}/chart-with-helpers/values.yaml`;
  await c.open(template, fs.readFileSync(new URL(template), 'utf8'));
  const lenses = await c.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: template } });
  assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command.title]), [[0, 'parallelism 6 · 3 TaskManagers × 2 slots · 7 CPU · 14 GiB']]);
  const diags = await c.diagnostics(template);
  const ignored = diags.find((d) => d.code === 'job-parallelism-ignored');
  assert.equal(ignored?.range.start.line, 28);
  const values = fs.readFileSync(new URL(valuesUri), 'utf8');
  await c.open(valuesUri, values);
  await c.change(valuesUri, values.replace('replicas: 3', 'replicas: 5'));
  const after = await eventually(async () => {
    const l = await c.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: template } });
    return l[0]?.command.title.startsWith('parallelism 10') ? l : undefined;
  });
  assert.equal(after[0]?.command.title, 'parallelism 10 · 5 TaskManagers × 2 slots · 11 CPU · 22 GiB');
  const hints = await c.request<Array<{ label: string; position: { line: number } }>>('textDocument/inlayHint', { textDocument: { uri: template }, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } } });
  assert.ok(hints.some((h) => h.label.includes('5 pods × 2 slots')), JSON.stringify(hints));
  c.dispose();
});

test('a quick fix on a templated value edits the file that holds it', async () => {
  const ws = copyWorkspace();
  const c = new TestClient({ workspaceFolder: ws });
  await c.initialize();
  const template = `file://${ws}/chart-with-helpers/templates/flinkdeployment.yaml`;
  await c.open(template, fs.readFileSync(new URL(template), 'utf8'));
  const diags = await c.diagnostics(template);
  const deprecated = diags.find((d) => d.code === 'deprecated-config-key' && d.message.includes('state.checkpoints.dir'));
  assert.ok(deprecated);
  const actions = await c.request<Array<{ title: string; edit?: { changes: Record<string, unknown[]> } }>>('textDocument/codeAction', { textDocument: { uri: template }, range: deprecated.range, context: { diagnostics: [deprecated] } });
  const rename = actions.find((a) => a.edit && Object.keys(a.edit.changes).some((u) => u.endsWith('/chart-with-helpers/values.yaml')));
  assert.ok(rename, JSON.stringify(actions.map((a) => a.title)));
  c.dispose();
});

test('a patch inside an overlay is analysed merged with its base', async () => {
  const ws = copyWorkspace();
  const c = new TestClient({ workspaceFolder: ws });
  await c.initialize();
  const patch = `file://${ws}/overlay-two-levels/overlays/prod/taskmanager.yaml`;
  await c.open(patch, fs.readFileSync(new URL(patch), 'utf8'));
  const diags = await c.diagnostics(patch);
  assert.deepEqual(diags.map((d) => `${d.range.start.line + 1} ${d.code}`).sort(), ['10 slot-memory-ratio', '10 slot-memory-ratio', '11 slot-cpu-ratio']);
  const lenses = await c.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: patch } });
  assert.equal(lenses[0]?.command.title, 'parallelism 12 · 2 TaskManagers × 8 slots · 5 CPU · 6 GiB');
  c.dispose();
});
