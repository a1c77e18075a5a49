/**
 * A feature that throws must cost one empty answer and a logged stack, never the server. The
 * failure is injected through startServer's session override, which the shipped entry never uses.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Connection } from 'vscode-languageserver';
import { DocumentState, Session } from '../../server/src/session';
import { FileSystemHost } from '../../server/src/host/files';
import { ClientOptions, eventually, TestClient } from '../support/lsp';
import { valid } from '../support/heads';

const URI = 'file:///ws/job.yaml';
const conflicting = valid().replace('  taskManager:\n', '  taskManager:\n    replicas: 2\n').replace('parallelism: 4', 'parallelism: 10');
const doc = { textDocument: { uri: URI } };
const whole = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

/** The analysis every feature reads fails on demand: thrown, or as a rejected promise. */
class FailingSession extends Session {
  failure: 'throw' | 'reject' | undefined;
  override state(uri: string): Promise<DocumentState> | undefined {
    if (this.failure === 'throw') throw new Error('injected failure');
    if (this.failure === 'reject') return Promise.reject(new Error('injected failure'));
    return super.state(uri);
  }
  override invalidate(settingsToo: boolean): void {
    if (this.failure) throw new Error('injected failure');
    super.invalidate(settingsToo);
  }
}

async function failing(options: ClientOptions = {}): Promise<{ c: TestClient; session: FailingSession }> {
  let session: FailingSession | undefined;
  const c = new TestClient({ ...options, server: { session: (connection: Connection, files: FileSystemHost) => (session = new FailingSession(connection, files)) } });
  await c.initialize();
  assert.ok(session);
  return { c, session };
}

/** Each request, what it answers when the analysis fails, and a check that it works again. */
const REQUESTS: Array<[method: string, params: object, empty: unknown, works: (r: unknown) => boolean]> = [
  ['textDocument/hover', { ...doc, position: { line: 13, character: 6 } }, null, (r) => r !== null],
  ['textDocument/inlayHint', { ...doc, range: whole }, [], (r) => (r as unknown[]).length > 0],
  ['textDocument/codeAction', { ...doc, range: { start: { line: 17, character: 17 }, end: { line: 17, character: 19 } }, context: { diagnostics: [] } }, [], (r) => (r as unknown[]).length > 0],
  ['textDocument/diagnostic', doc, { kind: 'full', items: [] }, (r) => (r as { items: unknown[] }).items.length > 0],
  ['textDocument/completion', { ...doc, position: { line: 6, character: 16 } }, [], (r) => (r as unknown[]).length > 0],
  ['textDocument/documentSymbol', doc, [], (r) => (r as unknown[]).length > 0],
  ['textDocument/codeLens', doc, [], (r) => (r as unknown[]).length > 0],
  ['flinkK8s/projection', doc, { resources: [] }, (r) => (r as { resources: unknown[] }).resources.length > 0],
];

for (const failure of ['throw', 'reject'] as const) {
  test(`a handler that ${failure}s answers empty, logs the method and stack, and the next request works`, async () => {
    const { c, session } = await failing();
    await c.open(URI, conflicting);
    session.failure = failure;
    for (const [method, params, empty] of REQUESTS) {
      assert.deepEqual(await c.request(method, params), empty, method);
      const logged = c.logs.find((l) => l.type === 1 && l.message.startsWith(`${method} failed: Error: injected failure`));
      assert.ok(logged, `${method} logged: ${c.logs.map((l) => l.message).join('\n')}`);
      assert.match(logged.message, /\n\s+at /, 'with the stack');
    }
    session.failure = undefined;
    for (const [method, params, , works] of REQUESTS) assert.ok(works(await c.request(method, params)), `${method} works again`);
    c.dispose();
  });
}

test('failing notifications (push diagnostics, settings, watched files) are logged and the server keeps going', async () => {
  const { c, session } = await failing({ pull: false });
  session.failure = 'reject';
  await c.open(URI, conflicting);
  await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  // A Flink file appearing on disk refreshes every open document, which reaches the failing session.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-fail-'));
  fs.writeFileSync(path.join(dir, 'cluster.yaml'), valid().replace('name: demo', 'name: other'));
  await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${dir}/cluster.yaml`, type: 1 }] });
  for (const method of ['textDocument/publishDiagnostics', 'workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles']) {
    await eventually(() => (c.logs.some((l) => l.type === 1 && l.message.startsWith(`${method} failed: Error: injected failure`)) ? true : undefined));
  }
  assert.equal(c.pushed.get(URI), undefined, 'nothing was published for the failed analysis');
  session.failure = undefined;
  await c.change(URI, `${conflicting}\n`);
  const pushed = await eventually(() => c.pushed.get(URI) as Array<{ code: string }> | undefined);
  assert.ok(pushed.some((d) => d.code === 'job-parallelism-ignored'));
  c.dispose();
});

test('the initialize result names the server process, so a client can report and restart it', async () => {
  const c = new TestClient();
  const result = (await c.initialize()) as { processId?: number };
  assert.equal(result.processId, process.pid);
  c.dispose();
});
