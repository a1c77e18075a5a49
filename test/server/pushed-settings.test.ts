/**
 * A client without workspace/configuration (Neovim configured so, Helix, Zed) pushes its settings
 * with workspace/didChangeConfiguration; they apply at once, nested or as flat keys, and a push
 * without our section keeps the settings pushed before.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from '../support/lsp';
import { valid } from '../support/heads';
import { pushedSection } from '../../server/src/protocol/settings';

const URI = 'file:///ws/job.yaml';
const conflicting = valid().replace('  taskManager:\n', '  taskManager:\n    replicas: 2\n').replace('parallelism: 4', 'parallelism: 10');
const range = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

async function pushClient(): Promise<TestClient> {
  const c = new TestClient({ configuration: false, pull: false });
  await c.initialize();
  return c;
}

async function until<T>(probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = await probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out');
}

const ignored = (c: TestClient) => (c.pushed.get(URI) as Array<{ code: string; severity: number }> | undefined)?.find((d) => d.code === 'job-parallelism-ignored');
const labels = async (c: TestClient) => (await c.request<Array<{ label: string }>>('textDocument/inlayHint', { textDocument: { uri: URI }, range })).map((h) => h.label);

test('pushed settings apply without workspace/configuration', async () => {
  const c = await pushClient();
  await c.open(URI, conflicting);
  assert.equal((await until(() => ignored(c))).severity, 2, 'warning by default');
  assert.ok((await labels(c)).some((l) => l.includes('heap')));

  await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: { flinkK8s: { rules: { 'job-parallelism-ignored': 'error' }, inlayHints: { memory: false } } } });
  await until(() => (ignored(c)?.severity === 1 ? true : undefined));
  assert.ok(!(await labels(c)).some((l) => l.includes('heap')), 'memory hints off');

  await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: { 'flinkK8s.rules': { 'job-parallelism-ignored': 'off' } } });
  await until(() => (c.pushed.get(URI) && !ignored(c) ? true : undefined));

  await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml: { validate: true } } });
  await c.change(URI, `${conflicting}# edited\n`);
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(ignored(c), undefined, 'a push for another tool keeps our settings');
  c.dispose();
});

test('the flinkK8s section of a push, nested or flat', () => {
  assert.deepEqual(pushedSection({ flinkK8s: { enable: false } }), { enable: false });
  assert.deepEqual(pushedSection({ 'flinkK8s.inlayHints.memory': false, 'flinkK8s.operatorVersion': '1.15', other: 1 }), { inlayHints: { memory: false }, operatorVersion: '1.15' });
  for (const none of [null, undefined, 'x', [], {}, { yaml: {} }]) assert.equal(pushedSection(none), undefined);
});
