/**
 * The operator's own examples and ours analyse without an internal error, and thousands of
 * random truncations and character edits of them never make the analysis throw.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analysis';

const root = path.join(__dirname, '..', '..', '..');
const operatorExamples = path.join(root, '..', 'shared', 'reference', 'operator-examples');

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f));
}

const corpus = [...yamlFiles(operatorExamples), ...yamlFiles(path.join(root, 'examples'))];

test('the operator examples are all present', () => {
  assert.ok(yamlFiles(operatorExamples).length >= 20, `operator examples expected in ${operatorExamples}`);
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

/** A small deterministic generator so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const EDIT_CHARS = [' ', '\n', '\t', ':', '-', '{', '}', '[', ']', '"', "'", '#', '&', '*', '!', '|', '>', '{{', '}}', '0', 'x', '\u0000', '\uFFFF', '<<: *a'];

test('random truncations and edits of every example never throw', () => {
  const next = random(20261120);
  let runs = 0;
  for (const file of corpus) {
    const text = fs.readFileSync(file, 'utf8');
    for (let i = 0; i < 120; i++) {
      const at = Math.floor(next() * text.length);
      let mutated: string;
      if (i % 3 === 0) mutated = text.slice(0, at);
      else if (i % 3 === 1) mutated = text.slice(0, at) + EDIT_CHARS[Math.floor(next() * EDIT_CHARS.length)] + text.slice(at);
      else mutated = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 20));
      const analysis = analyze(mutated);
      assert.equal(analysis.internalError, undefined, `${file} edit ${i} at ${at}`);
      runs++;
    }
  }
  assert.ok(runs >= 3000, `only ${runs} runs`);
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
