/** Hostile documents over the protocol: the editor hears about the size limit, and nothing stalls. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from '../support/lsp';
import { aliasBomb, hugeResource, VALID } from '../support/hostile-texts';

async function client(): Promise<TestClient> {
  const c = new TestClient();
  await c.initialize();
  return c;
}

test('a 10 MiB Flink file: one info diagnostic on the first line, no hints, and the server keeps answering', async () => {
  const c = await client();
  await c.open('file:///ws/huge.yaml', hugeResource(10));
  const diags = await c.diagnostics('file:///ws/huge.yaml');
  assert.deepEqual(diags.map((d) => [d.code, d.severity, d.range.start.line]), [['file-too-large', 3, 0]]);
  const hints = await c.request<unknown[]>('textDocument/inlayHint', { textDocument: { uri: 'file:///ws/huge.yaml' }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } });
  assert.deepEqual(hints, []);
  await c.open('file:///ws/ok.yaml', VALID);
  assert.ok((await c.diagnostics('file:///ws/ok.yaml')).some((d) => d.code === 'job-parallelism-ignored'));
  c.dispose();
});

test('an alias bomb and a binary blob do not stall the server', async () => {
  const c = await client();
  await c.open('file:///ws/bomb.yaml', aliasBomb(12));
  assert.ok((await c.diagnostics('file:///ws/bomb.yaml')).some((d) => /excessive aliasing/.test(d.message)));
  await c.open('file:///ws/blob.yaml', Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 31) % 256)).toString('latin1'));
  assert.deepEqual(await c.diagnostics('file:///ws/blob.yaml'), []);
  c.dispose();
});
