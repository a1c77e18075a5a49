/**
 * The operator's own examples (from the reference): they analyse without an internal error or a
 * syntax error, every FlinkDeployment gets a full memory layout, no rule reports an error on
 * them, every fix offered applies safely, and random edits of them never make the analysis throw.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analysis';
import { findingsOf } from '../support/rules';
import { assertFixIsSafe } from '../support/fix-safety';
import { randomEdits } from '../support/random-edits';
import { referenceDir, repoRoot, requireReference, yamlFiles } from './reference';

const dir = referenceDir('operator-examples');
const files = yamlFiles(dir);

test('the operator examples are in the reference', () => {
  requireReference(dir);
  assert.ok(files.length >= 20, `operator examples expected in ${dir}, found ${files.length}`);
});

for (const file of files) {
  const name = path.relative(repoRoot, file);
  const text = fs.readFileSync(file, 'utf8');
  test(`analyses ${name}`, () => {
    const analysis = analyze(text);
    assert.equal(analysis.internalError, undefined);
    for (const { resource, projection } of analysis.resources) {
      assert.deepEqual(resource.problems.filter((p) => p.code === 'yaml-syntax'), []);
      if (!projection || resource.kind !== 'FlinkDeployment') continue;
      assert.notEqual(projection.jobManager.count.value, null, `${name}: JobManagers`);
      assert.equal(projection.jobManager.memory.status, 'ok', `${name}: JobManager memory`);
      assert.equal(projection.taskManager.memory.status, 'ok', `${name}: TaskManager memory`);
    }
  });
  test(`no error finding on ${name}`, () => {
    const errors = findingsOf(text).filter((f) => f.severity === 'error');
    assert.deepEqual(errors.map((f) => `${f.rule}: ${f.message}`), []);
  });
}

test('every fix offered on the operator examples changes only its target and keeps every comment', () => {
  requireReference(dir);
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const finding of findingsOf(text)) for (const fix of finding.fixes ?? []) assertFixIsSafe(text, fix, path.basename(file));
  }
});

test('random truncations and edits of the operator examples never throw', () => {
  requireReference(dir);
  let runs = 0;
  for (const file of files) {
    for (const { mutated, what } of randomEdits(fs.readFileSync(file, 'utf8'), 120, 20261120)) {
      assert.equal(analyze(mutated).internalError, undefined, `${file} ${what}`);
      runs++;
    }
  }
  assert.ok(runs >= 2400, `only ${runs} runs`);
});
