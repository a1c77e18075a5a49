/**
 * The realistic corpus's charts and overlays (test/fixtures/flink-real/charts, overlays),
 * rendered and built as Helm and kustomize would, get exactly the reviewed findings of
 * sets.expected.json on the files users edit, and leave exactly the listed parts unevaluated.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FsTree } from '../../server/src/cli/fs-tree';
import { discover } from '../../server/src/core/sets/discover';
import { analyzeChart } from '../../server/src/core/sets/chart';
import { analyzeOverlay } from '../../server/src/core/sets/overlay';
import { DEFAULT_RULE_OPTIONS } from '../../server/src/core/rules/options';
import { LineIndex } from '../../server/src/core/text/line-index';

const dir = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'flink-real');

interface Expected {
  readonly findings: ReadonlyArray<{ finding: string; reason: string }>;
  readonly unknown: readonly string[];
  readonly notes: readonly string[];
}

const expected = (JSON.parse(fs.readFileSync(path.join(dir, 'sets.expected.json'), 'utf8')) as { sets: Record<string, Expected> }).sets;
const tree = new FsTree();
const found = discover(tree, [path.join(dir, 'charts'), path.join(dir, 'overlays')]);
const sets = [...found.charts.map((c) => analyzeChart(tree, c, DEFAULT_RULE_OPTIONS)), ...found.overlays.map((o) => analyzeOverlay(tree, o, DEFAULT_RULE_OPTIONS))];
const rel = (p: string) => path.relative(dir, p).split(path.sep).join('/');

test('the corpus has charts and overlays, each reviewed, each saying what it imitates', () => {
  assert.ok(found.charts.length >= 3 && found.overlays.length >= 2, `${found.charts.length} charts, ${found.overlays.length} overlays`);
  assert.deepEqual(sets.map((s) => rel(s.root)).sort(), Object.keys(expected).sort());
  for (const s of sets) for (const f of s.inputs) assert.match(fs.readFileSync(f, 'utf8').split(/\r?\n/)[0] ?? '', /^(# |\{\{\/\* )Imitates /, rel(f));
  for (const [name, e] of Object.entries(expected)) for (const f of e.findings) assert.ok(f.reason.trim().length > 20, `${name}: "${f.finding}" needs a reason`);
});

for (const s of sets) {
  test(`reviewed findings and unknowns of flink-real/${rel(s.root)}`, () => {
    const e = expected[rel(s.root)];
    assert.ok(e);
    const actual = s.findings.map((f) => `${rel(f.file)}:${new LineIndex(tree.read(f.file) ?? '').position(f.span.start).line + 1} ${f.severity} ${f.rule}: ${f.message}`);
    const unmatched = [...actual];
    const missing: string[] = [];
    for (const x of e.findings) {
      const at = unmatched.findIndex((a) => a.startsWith(x.finding));
      if (at < 0) missing.push(x.finding);
      else unmatched.splice(at, 1);
    }
    assert.deepEqual({ unexpected: unmatched, missing }, { unexpected: [], missing: [] });
    assert.deepEqual([...new Set(s.outputs.flatMap((o) => o.rendered.unknowns.map((u) => u.reason)))], e.unknown);
    assert.deepEqual(s.notes, e.notes);
  });
}
