/**
 * Our examples analyse without an internal error, and thousands of
 * random truncations and character edits of them never make the analysis throw. Their
 * FlinkDeployments have known pods and memory: plain files as written, a chart's templates and an
 * overlay's patches as rendered and built (alone, a template or a patch leaves values unknown).
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analysis';
import { yamlFilesUnder } from '../support/corpus-files';
import { randomEdits } from '../support/random-edits';
import { discover } from '../../server/src/core/sets/discover';
import { analyzeChart } from '../../server/src/core/sets/chart';
import { analyzeOverlay } from '../../server/src/core/sets/overlay';
import { DEFAULT_RULE_OPTIONS } from '../../server/src/core/rules/options';
import { Analysis } from '../../server/src/core/analysis';
import { FsTree } from '../../server/src/cli/fs-tree';

const root = path.join(__dirname, '..', '..', '..');
// Our examples; the operator's own are checked the same way by test/shared/.
const corpus = yamlFilesUnder(path.join(root, 'examples'));

test('the examples are all there', () => {
  assert.ok(corpus.length >= 8, `${corpus.length} files`);
});

const tree = new FsTree();
const sets = discover(tree, [path.join(root, 'examples')]);
const plain = new Set(sets.files);

function assertKnown(analysis: Analysis, where: string): void {
  for (const { resource, projection } of analysis.resources) {
    assert.deepEqual(resource.problems.filter((p) => p.code === 'yaml-syntax'), []);
    if (!projection || resource.kind !== 'FlinkDeployment') continue;
    assert.notEqual(projection.jobManager.count.value, null, `${where}: JobManagers`);
    assert.equal(projection.jobManager.memory.status, 'ok', `${where}: JobManager memory`);
    assert.equal(projection.taskManager.memory.status, 'ok', `${where}: TaskManager memory`);
  }
}

for (const file of corpus) {
  test(`analyses ${path.relative(root, file)}`, () => {
    const analysis = analyze(fs.readFileSync(file, 'utf8'));
    assert.equal(analysis.internalError, undefined);
    if (plain.has(file)) assertKnown(analysis, file);
  });
}

test('the examples\' chart and overlays render and build to FlinkDeployments with known pods and memory', () => {
  assert.ok(sets.charts.length >= 1 && sets.overlays.length >= 2, JSON.stringify(sets));
  const rendered = [
    ...sets.charts.map((c) => analyzeChart(tree, c, DEFAULT_RULE_OPTIONS)),
    ...sets.overlays.map((o) => analyzeOverlay(tree, o, DEFAULT_RULE_OPTIONS)),
  ];
  for (const s of rendered) {
    assert.ok(s.outputs.some((o) => o.analysis.resources.some((r) => r.resource.kind === 'FlinkDeployment')), s.root);
    for (const o of s.outputs) assertKnown(o.analysis, `${path.relative(root, s.root)} (${o.rendered.name})`);
  }
});

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
