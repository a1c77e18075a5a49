/** A chart with helpers and a two-level overlay, analysed as rendered, findings on the lines users edit. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeChart } from '../../../server/src/core/sets/chart';
import { analyzeOverlay } from '../../../server/src/core/sets/overlay';
import { SetAnalysis, SetFinding } from '../../../server/src/core/sets/types';
import { DEFAULT_RULE_OPTIONS } from '../../../server/src/core/rules/options';
import { LineIndex } from '../../../server/src/core/text/line-index';
import { applyEdits } from '../../../server/src/core/edits/text-edit';
import { FsTree } from '../../../server/src/cli/fs-tree';

const fixtures = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'sets');
const tree = new FsTree();

function where(f: { file: string; span: { start: number } }): string {
  const text = fs.readFileSync(f.file, 'utf8');
  return `${path.relative(fixtures, f.file)}:${new LineIndex(text).position(f.span.start).line + 1}`;
}

function find(s: SetAnalysis, rule: string, message: RegExp): SetFinding {
  const f = s.findings.find((x) => x.rule === rule && message.test(x.message));
  assert.ok(f, `${rule} ${message}: ${s.findings.map((x) => `${x.rule} ${x.message}`).join('\n')}`);
  return f;
}

test('chart: projections of the rendered resources, names from the helpers', () => {
  const s = analyzeChart(tree, path.join(fixtures, 'chart-with-helpers'), DEFAULT_RULE_OPTIONS);
  const projected = s.outputs.flatMap((o) => o.analysis.resources.filter((r) => r.projection).map((r) => [r.resource.name?.kind === 'known' ? r.resource.name.value : '?', r.projection?.parallelism.value, r.projection?.taskManager.count.value]));
  assert.deepEqual(projected, [['release-name-orders-pipeline', 6, 3], ['release-name-orders-pipeline-session', null, 1], ['audit', 1, 1], ['refunds', 2, 1]]);
});

test('chart: a finding on a templated value sits on the template line, with the values.yaml key related', () => {
  const s = analyzeChart(tree, path.join(fixtures, 'chart-with-helpers'), DEFAULT_RULE_OPTIONS);
  const f = find(s, 'job-parallelism-ignored', /job.parallelism 6 is redundant/);
  assert.equal(where(f), 'chart-with-helpers/templates/flinkdeployment.yaml:29');
  assert.deepEqual(f.related.map(where), ['chart-with-helpers/values.yaml:18', 'chart-with-helpers/templates/flinkdeployment.yaml:22']);
  // The fix removes the template line; rendering again gives exactly the fixed resource.
  const edit = f.fixes[0]?.edits[0];
  assert.ok(edit);
  const fixed = applyEdits(fs.readFileSync(edit.file, 'utf8'), [edit]);
  assert.doesNotMatch(fixed, /parallelism: \{\{ \.Values\.job\.parallelism \}\}/);
});

test('chart: a key written by range maps to its values.yaml key, and its rename fix edits values.yaml', () => {
  const s = analyzeChart(tree, path.join(fixtures, 'chart-with-helpers'), DEFAULT_RULE_OPTIONS);
  const f = find(s, 'deprecated-config-key', /state.checkpoints.dir/);
  assert.equal(where(f), 'chart-with-helpers/templates/flinkdeployment.yaml:14');
  assert.deepEqual(f.related.map(where), ['chart-with-helpers/values.yaml:21']);
  assert.deepEqual(f.fixes[0]?.edits.map((e) => [where(e), e.newText]), [['chart-with-helpers/values.yaml:21', 'execution.checkpointing.dir']]);
});

test('chart: a value from a --values file is reported there, the template related', () => {
  const small = path.join(fixtures, 'chart-with-helpers-small.values.yaml');
  const s = analyzeChart(tree, path.join(fixtures, 'chart-with-helpers'), DEFAULT_RULE_OPTIONS, { valueFiles: [small] });
  const f = find(s, 'slot-memory-ratio', /Each of the 2 slots gets 512 MiB/);
  assert.equal(where(f), 'chart-with-helpers-small.values.yaml:4');
  assert.deepEqual(f.related.map(where).slice(0, 1), ['chart-with-helpers/templates/flinkdeployment.yaml:25']);
});

test('chart: a template error is a helm-template finding at the failing action', () => {
  const s = analyzeChart(tree, path.join(fixtures, 'chart-with-helpers'), DEFAULT_RULE_OPTIONS, { set: ['session.jobs=oops'] });
  const f = find(s, 'helm-template', /range can't iterate over oops/);
  assert.equal(where(f), 'chart-with-helpers/templates/session.yaml:20');
});

test('overlay: values set by a patch sit on the patch line, the base line related; fixes edit the patch', () => {
  const s = analyzeOverlay(tree, path.join(fixtures, 'overlay-two-levels', 'overlays', 'prod'), DEFAULT_RULE_OPTIONS);
  const cpu = find(s, 'slot-cpu-ratio', /8 slots share 2 CPU/);
  assert.equal(where(cpu), 'overlay-two-levels/overlays/prod/taskmanager.yaml:11');
  assert.deepEqual(cpu.related.map(where).slice(0, 1), ['overlay-two-levels/base/flinkdeployment.yaml:25']);
  assert.ok(cpu.fixes.length > 0 && cpu.fixes.every((x) => x.edits.every((e) => e.file.endsWith('taskmanager.yaml'))));
  const mode = find(s, 'jobmanager-ha', /upgradeMode savepoint/);
  assert.equal(where(mode), 'overlay-two-levels/overlays/common/stateful.yaml:10');
  const image = find(s, 'kustomize-build', /does not change spec.image of prod-payments-fraud/);
  assert.equal(image.severity, 'warning');
  assert.equal(where(image), 'overlay-two-levels/overlays/prod/kustomization.yaml:17');
});

test('overlay: the projection follows every level (prefixes, patches, the hint comment of the base)', () => {
  const s = analyzeOverlay(tree, path.join(fixtures, 'overlay-two-levels', 'overlays', 'prod'), DEFAULT_RULE_OPTIONS);
  const [r] = s.outputs.flatMap((o) => o.analysis.resources);
  assert.equal(r?.resource.name?.kind === 'known' ? r.resource.name.value : '', 'prod-payments-fraud');
  assert.equal(r?.resource.hint.groups?.length, 1);
  assert.deepEqual([r?.projection?.parallelism.value, r?.projection?.slotsPerTaskManager.value, r?.projection?.taskManager.count.value], [12, 8, 2]);
});
