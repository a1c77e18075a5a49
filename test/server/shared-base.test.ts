/** A kustomize base that several overlays build on: the editor shows it through every one of them, as the CLI does. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TestClient } from '../support/lsp';
import { run } from '../../server/src/cli/main';
import { ResourceProjection, WorkspaceReportResult } from '../../server/src/protocol/requests';
import { overlayLabels } from '../../server/src/core/sets/shared-files';

const fixture = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'overlay-shared-base');

type Lens = { range: { start: { line: number } }; command: { title: string; arguments: unknown[] } };
type Diagnostic = { range: { start: { line: number } }; code: string; message: string };

function workspace(edit?: (base: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-shared-base-'));
  fs.cpSync(fixture, dir, { recursive: true });
  const base = path.join(dir, 'base', 'flinkdeployment.yaml');
  if (edit) fs.writeFileSync(base, edit(fs.readFileSync(base, 'utf8')));
  return dir;
}

async function cliRows(dir: string): Promise<Array<Record<string, unknown>>> {
  let out = '';
  await run(['report', '--format', 'json', dir], { out: (t) => void (out += t), err: () => undefined, stdin: async () => '', cwd: dir });
  return (JSON.parse(out) as { resources: Array<Record<string, unknown>> }).resources;
}

const facts = (r: Record<string, unknown>) => `${r.namespace}/${r.name} P${r.parallelism} ${r.taskManagers}×${r.slotsPerTaskManager}`;

test('a base shared by staging and prod: one CodeLens per overlay, and the preview and the workspace report list both, as the CLI does', async () => {
  const ws = workspace();
  const base = `file://${ws}/base/flinkdeployment.yaml`;
  const c = new TestClient({ workspaceFolder: ws });
  await c.initialize();
  await c.open(base, fs.readFileSync(new URL(base), 'utf8'));
  const lenses = await c.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: base } });
  assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command.title, l.command.arguments[1]]), [
    [1, 'prod: parallelism 8 · 2 TaskManagers × 4 slots · 9 CPU · 18 GiB', 0],
    [1, 'staging: parallelism 2 · 1 TaskManager × 2 slots · 3 CPU · 6 GiB', 1],
  ]);
  const preview = await c.request<{ resources: ResourceProjection[] }>('flinkK8s/projection', { textDocument: { uri: base } });
  assert.deepEqual(preview.resources.map((r) => `${r.namespace}/${r.name}`), ['flink-prod/prod-order-events', 'flink-staging/order-events']);
  const report = await c.request<WorkspaceReportResult>('flinkK8s/workspaceReport', {});
  const cli = await cliRows(ws);
  assert.deepEqual(report.resources.map((r) => facts(r as unknown as Record<string, unknown>)).sort(), cli.map(facts).sort());
  assert.equal(cli.length, 2);
  c.dispose();
});

test('a finding every overlay has is one finding; one only some overlays have says which', async () => {
  // Eight slots on the base's 2 CPU: too many for staging; prod patches slots and CPU. The old checkpoint key is in both.
  const ws = workspace((t) => t.replace('numberOfTaskSlots: "2"', 'numberOfTaskSlots: "8"').replace('execution.checkpointing.dir:', 'state.checkpoints.dir:'));
  const base = `file://${ws}/base/flinkdeployment.yaml`;
  const c = new TestClient({ workspaceFolder: ws });
  await c.initialize();
  await c.open(base, fs.readFileSync(new URL(base), 'utf8'));
  const diags = await c.diagnostics(base) as Diagnostic[];
  const summary = diags.map((d) => `${d.range.start.line + 1} ${d.code}${d.message.match(/ \(overlay [^)]*\)$/)?.[0] ?? ''}`).sort();
  assert.deepEqual(summary, ['13 deprecated-config-key', '21 slot-memory-ratio (overlay staging)', '22 slot-cpu-ratio (overlay staging)']);
  c.dispose();
});

test('overlays are named by their path below the folder they share', () => {
  assert.deepEqual(overlayLabels(['/w/k/overlays/prod', '/w/k/overlays/staging']), ['prod', 'staging']);
  assert.deepEqual(overlayLabels(['/w/a/prod', '/w/b/prod']), ['a/prod', 'b/prod']);
  assert.deepEqual(overlayLabels(['/w/eu/prod', '/w/eu/prod/canary']), ['prod', 'prod/canary']);
});
