/**
 * The page's message check (client/src/webview/guard.ts) must let every real projection through,
 * or the preview goes blank: all examples and the hostile file, as the language server answers
 * them. The page code must build its DOM from text only.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hostMessage } from '../../client/src/webview/guard';
import { layoutMessage } from '../../client/src/pod-layout-page';
import type { ProjectionResult } from '../../server/src/protocol/requests';
import { hostileYaml } from '../support/hostile-markup';
import { TestClient } from '../support/lsp';

const root = path.join(__dirname, '..', '..', '..');

test('every real projection passes the page\'s message check', async () => {
  const files = fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.yaml'));
  const texts = [...files.map((f) => ({ name: f, text: fs.readFileSync(path.join(root, 'examples', f), 'utf8') })), { name: 'hostile.yaml', text: hostileYaml() }];
  const client = new TestClient();
  await client.initialize();
  let resources = 0;
  for (const { name, text } of texts) {
    const uri = `file:///ws/${name}`;
    await client.open(uri, text);
    const result = await client.request<ProjectionResult>('flinkK8s/projection', { textDocument: { uri } });
    // The page gets the message through structured cloning, which keeps what JSON keeps here.
    const message = JSON.parse(JSON.stringify(layoutMessage(uri, name, result.resources, 0)));
    assert.deepEqual(hostMessage(message), message, name);
    resources += result.resources.length;
  }
  client.dispose();
  assert.ok(resources >= files.length + 3, `${resources} resources checked`);
});

test('a projection waiting for valid YAML passes, with its note as text only', async () => {
  const client = new TestClient();
  await client.initialize();
  const uri = 'file:///ws/broken.yaml';
  await client.open(uri, fs.readFileSync(path.join(root, 'examples', '01-native-replicas.yaml'), 'utf8').replace('  taskManager:', ' taskManager:'));
  const result = await client.request<ProjectionResult>('flinkK8s/projection', { textDocument: { uri } });
  client.dispose();
  assert.match(result.resources[0]?.waiting ?? '', /YAML syntax error on line/);
  const message = JSON.parse(JSON.stringify(layoutMessage(uri, 'broken.yaml', result.resources, 0)));
  assert.deepEqual(hostMessage(message), message);
  const bad = { ...message, resources: [{ ...message.resources[0], waiting: 42 }] };
  assert.equal(hostMessage(bad), undefined);
});

test('the empty message passes; anything else is rejected', () => {
  assert.deepEqual(hostMessage({ type: 'empty', message: 'x' }), { type: 'empty', message: 'x' });
  for (const m of [null, undefined, 1, 'empty', [], {}, { type: 'empty', message: null }, { type: 'layout', uri: 'u', fileName: 'f', resources: [{}], selected: 0 }]) {
    assert.equal(hostMessage(m), undefined, JSON.stringify(m));
  }
});

test('the page code never parses strings as HTML or code', () => {
  const dir = path.join(root, 'client', 'src', 'webview');
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  assert.ok(files.some((f) => f.startsWith('views')), 'the views\' page code is checked too');
  for (const file of files) {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    const found = /\.(innerHTML|outerHTML|insertAdjacentHTML|srcdoc)\b|document\.write|\beval\(|new Function|createContextualFragment|DOMParser|setTimeout\(\s*['"`]/.exec(source);
    assert.equal(found, null, `${file}: ${found?.[0]}`);
  }
});
