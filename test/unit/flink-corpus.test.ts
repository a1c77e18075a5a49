/**
 * Real-world shaped Flink manifests (test/fixtures/flink-real: Helm templates and their output,
 * kustomize bases and patches, EMR on EKS, vendor images, exported resources, CRLF, anchors...)
 * analyse without an internal error and get exactly the reviewed findings of expected.json, each
 * with the reason the operator or Flink agrees. A new finding on this corpus is either a real
 * problem to add with its reason, or a false one to fix in the core.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineIndex } from '../../server/src/core/text/line-index';
import { findingsOf } from '../support/rules';
import { assertFixIsSafe } from '../support/fix-safety';
import { yamlFilesUnder } from '../support/corpus-files';

const root = path.join(__dirname, '..', '..', '..');
const dir = path.join(root, 'test', 'fixtures', 'flink-real');

interface Expected {
  readonly finding: string;
  readonly reason: string;
}

const expected = (JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { files: Record<string, Expected[]> }).files;
// Charts and overlays are judged as rendered and built (flink-sets-corpus.test.ts).
const corpus = yamlFilesUnder(dir).map((f) => path.relative(dir, f).split(path.sep).join('/')).filter((f) => !/^(charts|overlays)\//.test(f)).sort();

test('the corpus is varied enough and every file has a reviewed entry', () => {
  assert.ok(corpus.length >= 20, `${corpus.length} files`);
  assert.deepEqual(Object.keys(expected).sort(), corpus, 'expected.json lists exactly the corpus files');
  for (const file of corpus) {
    const first = fs.readFileSync(path.join(dir, file), 'utf8').split(/\r?\n/)[0] ?? '';
    assert.match(first, /^# Imitates /, `${file}: the first line says which kind of source it imitates`);
  }
  for (const [file, list] of Object.entries(expected)) for (const e of list) assert.ok(e.reason.trim().length > 20, `${file}: "${e.finding}" needs a reason`);
});

for (const file of corpus) {
  test(`reviewed findings on flink-real/${file}`, () => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const lines = new LineIndex(text);
    const actual = findingsOf(text).map((f) => `${lines.position(f.span.start).line + 1} ${f.severity} ${f.rule}: ${f.message}`);
    // Each expected line is a prefix of exactly one actual finding; both leftovers must be empty.
    const unmatched = [...actual];
    const missing: string[] = [];
    for (const e of expected[file] ?? []) {
      const at = unmatched.findIndex((a) => a.startsWith(e.finding));
      if (at < 0) missing.push(e.finding);
      else unmatched.splice(at, 1);
    }
    assert.deepEqual({ unexpected: unmatched, missing }, { unexpected: [], missing: [] });
  });
}

test('every fix offered on the corpus changes only its target and keeps every comment', () => {
  let applied = 0;
  for (const file of corpus) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const finding of findingsOf(text)) {
      for (const fix of finding.fixes ?? []) {
        assertFixIsSafe(text, fix, file);
        applied++;
      }
    }
  }
  assert.ok(applied >= 5, `only ${applied} fixes were tried`);
});
