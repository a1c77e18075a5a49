/** Option documentation over the protocol: hover and completion items as Markdown MarkupContent. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from '../support/lsp';
import { valid } from '../support/heads';

const URI = 'file:///ws/options.yaml';

test('hover on a deprecated key and resolved completion items come as Markdown with our text and the release facts', async () => {
  const c = new TestClient();
  await c.initialize();
  const text = valid().replace('  flinkConfiguration:\n', '  flinkConfiguration:\n    state.checkpoints.dir: s3://b/c\n    execution.checkpointing.inc\n');
  await c.open(URI, text);
  const lines = text.split('\n');
  const deprecatedLine = lines.findIndex((l) => l.includes('state.checkpoints.dir'));
  const hover = await c.request<{ contents: { kind: string; value: string } } | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line: deprecatedLine, character: 8 } });
  assert.equal(hover?.contents.kind, 'markdown');
  assert.match(hover?.contents.value ?? '', /Old name of `execution\.checkpointing\.dir`/);
  assert.match(hover?.contents.value ?? '', /\*\*Deprecated\*\* since Flink 1\.20; use `execution\.checkpointing\.dir`\./);
  const typing = lines.findIndex((l) => l.includes('execution.checkpointing.inc'));
  type Item = { label: string; data?: unknown; documentation?: { kind: string; value: string } };
  const answer = await c.request<Item[] | { items: Item[] }>('textDocument/completion', { textDocument: { uri: URI }, position: { line: typing, character: lines[typing]?.length ?? 0 } });
  const items = Array.isArray(answer) ? answer : answer.items;
  const listed = items.find((i) => i.label === 'execution.checkpointing.incremental');
  assert.ok(listed?.data, 'option items carry data to resolve');
  assert.equal(listed?.documentation, undefined, 'the list itself stays small');
  const resolved = await c.request<Item>('completionItem/resolve', listed);
  assert.equal(resolved.documentation?.kind, 'markdown');
  assert.match(resolved.documentation?.value ?? '', /upload only what changed/);
  assert.match(resolved.documentation?.value ?? '', /In Flink 1\.20–2\.3\./);
  assert.deepEqual(await c.request<Item>('completionItem/resolve', { label: 'plain' }), { label: 'plain' });
  c.dispose();
});
