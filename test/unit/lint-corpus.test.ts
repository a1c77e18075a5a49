/**
 * The rules on real files: no error on our examples, and every fix offered on any of them applies cleanly: the result parses and keeps every comment.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findingsOf } from '../support/rules';
import { assertFixIsSafe } from '../support/fix-safety';
import { nonFlinkCorpus, yamlFilesUnder } from '../support/corpus-files';

const root = path.join(__dirname, '..', '..', '..');
// Our examples; the operator's own are checked the same way by test/shared/.
const files = yamlFilesUnder(path.join(root, 'examples'));

for (const file of files) {
  test(`no error finding on ${path.relative(root, file)}`, () => {
    const errors = findingsOf(fs.readFileSync(file, 'utf8')).filter((f) => f.severity === 'error');
    assert.deepEqual(errors.map((f) => `${f.rule}: ${f.message}`), []);
  });
}

test('every fix offered on the examples and the real-world files changes only its target and keeps every comment', () => {
  let applied = 0;
  for (const file of [...files, ...yamlFilesUnder(path.join(root, 'test', 'fixtures', 'flink-real'))]) {
    const text = fs.readFileSync(file, 'utf8');
    for (const finding of findingsOf(text)) {
      for (const fix of finding.fixes ?? []) {
        assertFixIsSafe(text, fix, path.basename(file));
        applied++;
      }
    }
  }
  assert.ok(applied >= 5, `only ${applied} fixes were tried`);
});

test('quiet on YAML that is not ours: no resources, no findings', () => {
  const corpus = nonFlinkCorpus();
  assert.ok(corpus.length >= 50, `${corpus.length} files`);
  for (const { name, text } of corpus) assert.deepEqual(findingsOf(text).map((f) => `${f.rule}: ${f.message}`), [], name);
});
