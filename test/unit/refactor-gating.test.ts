/** Refactorings are offered where they apply, not on every line of a resource. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, DEFAULT_OPTIONS } from '../../server/src/core/analysis';
import { refactoringsAt } from '../../server/src/core/ide/refactors';

const root = path.join(__dirname, '..', '..', '..');
const TEXT = fs.readFileSync(path.join(root, 'examples', '00-start-here.yaml'), 'utf8');
const MEMORY = /^Write memory sizes as Mi\/Gi/;

function titlesAt(text: string, needle: string, within = 0): string[] {
  const analysis = analyze(text);
  const [ra] = analysis.resources;
  assert.ok(ra);
  const offset = text.indexOf(needle) + within;
  assert.ok(offset >= within, needle);
  return refactoringsAt({ text, analysis, resource: ra.resource, projection: ra.projection, offset, options: DEFAULT_OPTIONS }).map((r) => r.title);
}

test('the memory-size style is offered on a size it rewrites, anywhere on its line', () => {
  for (const [needle, within] of [['memory: "4096m"', 0], ['memory: "4096m"', 12], ['memory: "2048m"', 3]] as const) {
    assert.ok(titlesAt(TEXT, needle, within).some((t) => MEMORY.test(t)), `${needle} +${within}`);
  }
  assert.ok(titlesAt(TEXT, 'memory: "4096m"').includes('Write memory sizes as Mi/Gi in the spec and m/g in flinkConfiguration (2 values)'));
});

test('not on comments, other fields or sizes already in style', () => {
  for (const needle of ['# Start here', 'parallelism: 10', 'image: flink', 'cpu: 2', 'taskmanager.numberOfTaskSlots']) {
    assert.deepEqual(titlesAt(TEXT, needle).filter((t) => MEMORY.test(t)), [], needle);
  }
  const styled = TEXT.replace('"4096m"', '4Gi');
  assert.deepEqual(titlesAt(styled, 'memory: 4Gi').filter((t) => MEMORY.test(t)), [], 'already 4Gi');
  assert.ok(titlesAt(styled, 'memory: "2048m"').some((t) => t === 'Write memory sizes as Mi/Gi in the spec and m/g in flinkConfiguration (1 value)'));
});
