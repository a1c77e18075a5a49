/**
 * Our examples analyse without an internal error, and thousands of
 * random truncations and character edits of them never make the analysis throw.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analysis';
import { yamlFilesUnder } from '../support/corpus-files';
import { randomEdits } from '../support/random-edits';

const root = path.join(__dirname, '..', '..', '..');
// Our examples; the operator's own are checked the same way by test/shared/.
const corpus = yamlFilesUnder(path.join(root, 'examples'));

test('the examples are all there', () => {
  assert.ok(corpus.length >= 8, `${corpus.length} files`);
});

for (const file of corpus) {
  test(`analyses ${path.relative(root, file)}`, () => {
    const analysis = analyze(fs.readFileSync(file, 'utf8'));
    assert.equal(analysis.internalError, undefined);
    for (const { resource, projection } of analysis.resources) {
      assert.deepEqual(resource.problems.filter((p) => p.code === 'yaml-syntax'), []);
      if (!projection || resource.kind !== 'FlinkDeployment') continue;
      assert.notEqual(projection.jobManager.count.value, null, `${file}: JobManagers`);
      assert.equal(projection.jobManager.memory.status, 'ok', `${file}: JobManager memory`);
      assert.equal(projection.taskManager.memory.status, 'ok', `${file}: TaskManager memory`);
    }
  });
}

test('random truncations and edits of every example never throw', () => {
  let runs = 0;
  for (const file of corpus) {
    for (const { mutated, what } of randomEdits(fs.readFileSync(file, 'utf8'), 120, 20261120)) {
      assert.equal(analyze(mutated).internalError, undefined, `${file} ${what}`);
      runs++;
    }
  }
  assert.ok(runs >= 900, `only ${runs} runs`);
});

test('hostile text does not throw', () => {
  const inputs = [
    '', '---', '\u0000\u0001\u0002', '\uFEFFapiVersion: flink.apache.org/v1beta1\r\nkind: FlinkDeployment\r\n',
    'a: &a [*a]', 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nspec: &s\n  x: *s\n',
    '['.repeat(5000), '{{'.repeat(3000), 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nspec: !!binary AAAA\n',
    `apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nspec:\n  flinkConfiguration:\n${'    a:\n'.repeat(200)}`,
  ];
  for (const input of inputs) assert.equal(analyze(input).internalError, undefined, JSON.stringify(input.slice(0, 40)));
});
