/**
 * "Quiet on what is not ours", end to end: every file of test/fixtures/non-flink (other
 * operators' resources, Helm values, CI workflows, lookalikes with jobManager/parallelism
 * fields...) gets nothing from the real language server: no diagnostics (pulled or pushed), no
 * inlay hints, no CodeLens and no code actions anywhere in the file. The core-level check is in
 * lint-corpus.test.ts; this one also covers what the features add on top of it.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { eventually, TestClient } from '../support/lsp';
import { yamlFilesUnder } from '../support/corpus-files';

const root = path.join(__dirname, '..', '..', '..');
const dir = path.join(root, 'test', 'fixtures', 'non-flink');
const corpus = yamlFilesUnder(dir).sort();

const uriOf = (file: string) => `file:///ws/non-flink/${path.relative(dir, file).split(path.sep).join('/')}`;

interface Position {
  line: number;
  character: number;
}

test('the non-Flink corpus gets no diagnostics, hints, lenses or actions from the language server', async () => {
  assert.ok(corpus.length >= 50, `${corpus.length} files`);
  const c = new TestClient();
  await c.initialize();
  try {
    for (const file of corpus) {
      const text = fs.readFileSync(file, 'utf8');
      const uri = uriOf(file);
      const name = path.relative(root, file);
      await c.open(uri, text);
      const lines = text.split(/\r?\n/);
      const end: Position = { line: lines.length, character: 0 };
      const whole = { start: { line: 0, character: 0 }, end };
      assert.deepEqual(await c.diagnostics(uri), [], `${name}: diagnostics`);
      assert.deepEqual((await c.request<unknown[] | null>('textDocument/inlayHint', { textDocument: { uri }, range: whole })) ?? [], [], `${name}: inlay hints`);
      assert.deepEqual((await c.request<unknown[] | null>('textDocument/codeLens', { textDocument: { uri } })) ?? [], [], `${name}: CodeLens`);
      // Refactorings are offered at the cursor, so ask on every line as well as for the whole file.
      const ranges = [whole, ...lines.map((l, line) => ({ start: { line, character: l.length - l.trimStart().length }, end: { line, character: l.length } }))];
      for (const range of ranges) {
        const actions = (await c.request<Array<{ title: string }> | null>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } })) ?? [];
        assert.deepEqual(actions.map((a) => a.title), [], `${name}:${range.start.line + 1}: code actions`);
      }
    }
  } finally {
    c.dispose();
  }
});

test('clients without pull diagnostics are pushed an empty list for the non-Flink corpus', async () => {
  const c = new TestClient({ pull: false });
  await c.initialize();
  try {
    for (const file of corpus) {
      const uri = uriOf(file);
      await c.open(uri, fs.readFileSync(file, 'utf8'));
      // The server answers every opened YAML file; wait for that answer, then check it is empty.
      assert.deepEqual(await eventually(() => c.pushed.get(uri)), [], path.relative(root, file));
    }
  } finally {
    c.dispose();
  }
});
