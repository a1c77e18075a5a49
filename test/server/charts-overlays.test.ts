/** A chart and an overlay in a workspace: templates and patches show what the rendered resources get. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { eventually, TestClient } from '../support/lsp';
import { MemoryHost } from '../support/memory-host';
import { clientFiles } from '../../server/src/host/files';
import { ListFilesParams, ReadFileParams } from '../../server/src/protocol/files';

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

test('on disk, an overlay whose kustomization file is named Kustomization is found and built', async () => {
  const ws = copyWorkspace();
  fs.renameSync(path.join(ws, 'overlay-two-levels/overlays/prod/kustomization.yaml'), path.join(ws, 'overlay-two-levels/overlays/prod/Kustomization'));
  const c = new TestClient({ workspaceFolder: ws });
  await c.initialize();
  const patch = `file://${ws}/overlay-two-levels/overlays/prod/taskmanager.yaml`;
  await c.open(patch, fs.readFileSync(new URL(patch), 'utf8'));
  const lenses = await c.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: patch } });
  assert.deepEqual(lenses.map((l) => l.command.title), ['parallelism 12 · 2 TaskManagers × 8 slots · 5 CPU · 6 GiB']);
  c.dispose();
});

test('a patch of an overlay shows no change impact of its own text; the same edit in a plain file does', async () => {
  const ws = copyWorkspace();
  const patch = `file://${ws}/overlay-two-levels/overlays/prod/taskmanager.yaml`;
  const alone = `file://${ws}/alone.yaml`;
  const text = fs.readFileSync(new URL(patch), 'utf8');
  const base = text.replace(/cpu: [\d.]+/, 'cpu: 1');
  assert.notEqual(base, text);
  const c = new TestClient({ workspaceFolder: ws, initializationOptions: { baseText: true } });
  c.connection.onRequest('flinkK8s/baseText', (p: { textDocuments: Array<{ uri: string }> }) => ({ bases: p.textDocuments.map(({ uri }) => ({ uri, base, ref: 'HEAD' })) }));
  await c.initialize();
  await c.open(alone, text);
  await c.open(patch, text);
  const changeImpact = async (uri: string) => (await c.diagnostics(uri)).filter((d) => d.code === 'change-impact');
  await eventually(async () => ((await changeImpact(alone)).length ? true : undefined));
  assert.deepEqual(await changeImpact(patch), []);
  assert.ok(!(await lensTitles(c, patch)).some((t) => t.startsWith('This change')));
  c.dispose();
});

/** The fixtures as a workspace only the client can read (the browser, github.dev), served from memory. */
async function virtualWorkspace(): Promise<{ c: TestClient; host: MemoryHost; root: string }> {
  const root = 'vscode-vfs://github/acme/sets';
  const files = new Map<string, string>();
  const add = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) add(full);
      else files.set(`${root}/${path.relative(fixtures, full).split(path.sep).join('/')}`, fs.readFileSync(full, 'utf8'));
    }
  };
  add(fixtures);
  const host = new MemoryHost(files);
  const c = new TestClient({ files: clientFiles, workspaceFolder: root });
  c.connection.onRequest('flinkK8s/listFiles', (p: ListFilesParams) => host.listFiles(p.folders, p.names).then((uris) => ({ uris })));
  c.connection.onRequest('flinkK8s/readFile', (p: ReadFileParams) => host.readFile(p.uri).then((text) => ({ text: text ?? null })));
  await c.initialize();
  return { c, host, root };
}

const lensTitles = async (c: TestClient, uri: string) => (await c.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } })).map((l) => l.command.title);

test('served by the client: a template shows its chart rendered with helpers and values it read through the client', async () => {
  const { c, host, root } = await virtualWorkspace();
  const template = `${root}/chart-with-helpers/templates/flinkdeployment.yaml`;
  await c.open(template, host.files.get(template) ?? '');
  assert.deepEqual(await lensTitles(c, template), ['parallelism 6 · 3 TaskManagers × 2 slots · 7 CPU · 14 GiB']);
  const [row] = (await c.request<{ resources: Array<{ name: string }> }>('flinkK8s/projection', { textDocument: { uri: template } })).resources;
  assert.equal(row?.name, 'release-name-orders-pipeline', 'the name comes from the helper in _helpers.tpl');
  const asked = host.take();
  assert.ok(asked.includes(`read ${root}/chart-with-helpers/templates/_helpers.tpl`) && asked.includes(`read ${root}/chart-with-helpers/values.yaml`), asked.join('\n'));
  assert.ok(!asked.some((a) => a.startsWith('read ') && !a.startsWith(`read ${root}/`)), 'nothing outside the workspace is read');
  // values.yaml changes outside the editor (a pull, another tool): the watcher's event reads it again.
  const valuesUri = `${root}/chart-with-helpers/values.yaml`;
  host.files.set(valuesUri, (host.files.get(valuesUri) ?? '').replace('replicas: 3', 'replicas: 5'));
  await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: valuesUri, type: 2 }] });
  await eventually(async () => ((await lensTitles(c, template))[0]?.startsWith('parallelism 10') ? true : undefined));
  // So does the helper (watched as **/*.tpl).
  const helpers = `${root}/chart-with-helpers/templates/_helpers.tpl`;
  host.files.set(helpers, (host.files.get(helpers) ?? '').replace('trunc 45', 'trunc 45 | upper'));
  await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: helpers, type: 2 }] });
  await eventually(async () => ((await c.request<{ resources: Array<{ name: string }> }>('flinkK8s/projection', { textDocument: { uri: template } })).resources[0]?.name === 'RELEASE-NAME-ORDERS-PIPELINE' ? true : undefined));
  c.dispose();
});

test('served by the client: a patch is analysed merged with its base, found through the listed kustomization files', async () => {
  const { c, host, root } = await virtualWorkspace();
  const patch = `${root}/overlay-two-levels/overlays/prod/taskmanager.yaml`;
  await c.open(patch, host.files.get(patch) ?? '');
  const diags = await c.diagnostics(patch);
  assert.deepEqual(diags.map((d) => `${d.range.start.line + 1} ${d.code}`).sort(), ['10 slot-memory-ratio', '10 slot-memory-ratio', '11 slot-cpu-ratio']);
  assert.deepEqual(await lensTitles(c, patch), ['parallelism 12 · 2 TaskManagers × 8 slots · 5 CPU · 6 GiB']);
  // Editing the overlay's kustomization in the editor (not saved) changes what the patch shows.
  const kustomization = `${root}/overlay-two-levels/overlays/prod/kustomization.yaml`;
  await c.open(kustomization, host.files.get(kustomization) ?? '');
  await c.change(kustomization, (host.files.get(kustomization) ?? '').replace('value: 12', 'value: 16'));
  await eventually(async () => ((await lensTitles(c, patch))[0]?.startsWith('parallelism 16') ? true : undefined));
  c.dispose();
});

test('a template\'s document symbol is named as the chart renders it, else by its template text', async () => {
  const ws = copyWorkspace();
  const c = new TestClient({ workspaceFolder: ws });
  await c.initialize();
  const template = `file://${ws}/chart-with-helpers/templates/flinkdeployment.yaml`;
  const text = fs.readFileSync(new URL(template), 'utf8');
  await c.open(template, text);
  const symbols = await eventually(async () => {
    const s = await c.request<Array<{ name: string; detail: string }>>('textDocument/documentSymbol', { textDocument: { uri: template } });
    return s[0]?.name === '(unnamed)' ? undefined : s;
  });
  assert.deepEqual(symbols.map((s) => [s.name, s.detail]), [['release-name-orders-pipeline', 'FlinkDeployment · parallelism 6 · 3 TaskManagers × 2 slots · 7 CPU · 14 GiB']]);
  // The same template outside any chart cannot be rendered: its name is the template text.
  const alone = `file://${ws}/loose-template.yaml`;
  fs.writeFileSync(new URL(alone), text);
  await c.open(alone, text);
  const loose = await c.request<Array<{ name: string }>>('textDocument/documentSymbol', { textDocument: { uri: alone } });
  assert.deepEqual(loose.map((s) => s.name), ['{{ include "orders.fullname" . }}']);
  c.dispose();
});

test('a patch\'s CodeLens sits on its first line (after its comments), not on the first value it sets', async () => {
  const ws = copyWorkspace();
  const file = path.join(ws, 'overlay-two-levels/overlays/prod/taskmanager.yaml');
  for (const [lead, line] of [['# Production sizes.\n', 1], ['---\n# Production sizes.\n\n', 3]] as const) {
    fs.writeFileSync(file, lead + fs.readFileSync(path.join(fixtures, 'overlay-two-levels/overlays/prod/taskmanager.yaml'), 'utf8'));
    const c = new TestClient({ workspaceFolder: ws });
    await c.initialize();
    const patch = `file://${file}`;
    await c.open(patch, fs.readFileSync(file, 'utf8'));
    const lenses = await c.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: patch } });
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command.title]), [[line, 'parallelism 12 · 2 TaskManagers × 8 slots · 5 CPU · 6 GiB']], JSON.stringify(lead));
    const report = await c.request<{ resources: Array<{ line: number }> }>('flinkK8s/projection', { textDocument: { uri: patch } });
    assert.deepEqual(report.resources.map((r) => r.line), [line + 1]);
    c.dispose();
  }
});

test('a template fits its hints to the line after the hint kinds turned off are left out, as a plain file does', async () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-hint-kinds-'));
  const resource = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  image: flink:1.20\n  flinkVersion: v1_20\n  serviceAccount: flink\n  jobManager:\n    resource: { memory: "2048m", cpu: 1 }\n  taskManager:\n    resource: { memory: "4096m", cpu: 2 }\n  job:\n    jarURI: local:///opt/app.jar\n    parallelism: 2\n';
  fs.mkdirSync(path.join(ws, 'chart', 'templates'), { recursive: true });
  fs.writeFileSync(path.join(ws, 'chart', 'Chart.yaml'), 'apiVersion: v2\nname: chart\nversion: 0.1.0\n');
  fs.writeFileSync(path.join(ws, 'chart', 'values.yaml'), '{}\n');
  fs.writeFileSync(path.join(ws, 'chart', 'templates', 'flink.yaml'), resource);
  fs.writeFileSync(path.join(ws, 'plain.yaml'), resource.replace('{{ .Release.Name }}', 'release-name'));
  const c = new TestClient({ workspaceFolder: ws, settings: { inlayHints: { cpu: false } } });
  await c.initialize();
  const labels = async (uri: string) => {
    await c.open(uri, fs.readFileSync(new URL(uri), 'utf8'));
    const hints = await eventually(async () => {
      const h = await c.request<Array<{ label: string; position: { line: number } }>>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } });
      return h.some((x) => x.position.line === 11) ? h : undefined;
    });
    return hints.filter((h) => h.position.line === 11).map((h) => h.label);
  };
  const plain = await labels(`file://${ws}/plain.yaml`);
  assert.ok(plain.some((l) => l.includes('managed')), JSON.stringify(plain));
  assert.deepEqual(await labels(`file://${ws}/chart/templates/flink.yaml`), plain);
  c.dispose();
});
