/**
 * One number format on every surface: sizes, counts with their plurals, CPU; the one-line
 * headline of the CodeLens and status bar, with "?" while a resource cannot be sized yet.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analysis';
import { cpu, num, plural, ratio, size } from '../../server/src/core/format/numbers';
import { fromProjection, fromRow, longHeadline, shortHeadline } from '../../server/src/core/format/headline';
import { inlayHints } from '../../server/src/core/ide/inlay-hints';
import { derivedFor } from '../../server/src/core/ide/derived-values';
import { summary } from '../../server/src/core/ide/summary';
import { renderText } from '../../server/src/cli/report-text';
import { renderCheckText } from '../../server/src/cli/check';
import { rowsOf } from '../support/fixture';
import { projectionDelta } from '../../server/src/core/changes/projection-delta';
import { ChangeEntry } from '../../server/src/core/changes/report';
import { changesMarkdown } from '../../server/src/core/changes/markdown';
import { renderChangesText } from '../../server/src/cli/changes-text';

const root = path.join(__dirname, '..', '..', '..');
const START = fs.readFileSync(path.join(root, 'examples', '00-start-here.yaml'), 'utf8');
const MIB = 2 ** 20;

test('sizes: the largest binary unit reached, at most two decimals', () => {
  assert.deepEqual([size(1372.16 * MIB), size(343.04 * MIB), size(14 * 1024 * MIB), size(1536 * MIB), size(128 * MIB)], ['1.34 GiB', '343.04 MiB', '14 GiB', '1.5 GiB', '128 MiB']);
  assert.deepEqual([size(0), size(1), size(100), size(2048), size(null), size(undefined), size(2n ** 63n - 1n), size(3n * 2n ** 30n)], ['0 bytes', '1 byte', '100 bytes', '2 KiB', '?', '?', 'unlimited', '3 GiB']);
});

test('counts, plurals, CPU and ratios', () => {
  assert.deepEqual([plural(1, 'slot'), plural(4, 'slot'), plural(0, 'info'), plural(1, 'info'), plural(null, 'slot'), plural(1, 'TaskManager')], ['1 slot', '4 slots', '0 infos', '1 info', '? slots', '1 TaskManager']);
  assert.deepEqual([cpu(1), cpu(2.5), cpu(0.1 + 0.2), cpu(null), num(1 / 3), num(null), ratio(2 / 3)], ['1 CPU', '2.5 CPU', '0.3 CPU', '? CPU', '0.333', '?', '0.67']);
});

test('managed memory reads the same in the CLI report, the hints and the hover', () => {
  const analysis = analyze(START);
  const [ra] = analysis.resources;
  assert.ok(ra?.projection);
  const surfaces = {
    cli: renderText(rowsOf(START)),
    hints: inlayHints(analysis).map((h) => h.label).join('\n'),
    hover: derivedFor(ra, 'spec.taskManager.resource.memory') ?? '',
  };
  for (const [surface, text] of Object.entries(surfaces)) {
    assert.match(text, /managed 1\.34 GiB/, surface);
    assert.doesNotMatch(text, /1372/, surface);
  }
});

test('plurals in the check summary and the hints', () => {
  assert.equal(renderCheckText([]), '0 errors, 0 warnings, 0 infos\n');
  const one = { file: 'f', line: 1, column: 1, endLine: 1, endColumn: 2, rule: 'r', message: 'm', fixes: [] };
  assert.match(renderCheckText([{ ...one, severity: 'error' }, { ...one, severity: 'warning' }, { ...one, severity: 'info' }]), /^1 error, 1 warning, 1 info$/m);
  const single = START.replace('replicas: 3', 'replicas: 1').replace('"2"', '"1"').replace('cpu: 2', 'cpu: 1');
  const labels = inlayHints(analyze(single)).map((h) => h.label);
  assert.ok(labels.includes(' 1 pod × 1 slot, 1 needed'), labels.join('|'));
  assert.ok(labels.includes(' 1 slot/CPU'), labels.join('|'));
  assert.equal(analyze(single).resources[0]?.projection?.totalSlots.reason, '1 TaskManager × 1 slot');
});

test('the headline: CodeLens and status bar agree, with the same plurals', () => {
  const [row] = rowsOf(START);
  assert.ok(row);
  assert.equal(shortHeadline(fromRow(row)), '3 TM · 6 slots · 7 CPU · 14 GiB');
  const projection = analyze(START).resources[0]?.projection;
  assert.ok(projection);
  assert.equal(summary(projection), 'parallelism 6 · 3 TaskManagers × 2 slots · 7 CPU · 14 GiB');
  assert.deepEqual(fromProjection(projection), fromRow(row));
});

test('a resource that cannot be sized yet shows ? for pods, slots, CPU and memory, not zeros', () => {
  const incomplete = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: x\nspec:\n  image: flink:1.20\n  flinkVersion: v1_20\n  serviceAccount: flink\n  jobManager:\n    resource:\n      cpu: 1\n      memory: 2048m\n  job:\n    jarURI: local:///a.jar\n    parallelism: 2\n';
  const [row] = rowsOf(incomplete);
  assert.ok(row);
  assert.equal(row.taskManagers, 0, 'the JSON keeps what the operator does: no pod starts');
  assert.equal(shortHeadline(fromRow(row)), '? TM · ? slots · ? CPU · ?');
  const projection = analyze(incomplete).resources[0]?.projection;
  assert.ok(projection);
  assert.equal(longHeadline(fromProjection(projection)), 'parallelism 2 · ? TaskManagers × 1 slot · ? CPU · ?');
  assert.ok(inlayHints(analyze(incomplete.replace('  job:', '  taskManager:\n    resource:\n      cpu: 1\n  job:'))).some((h) => h.label === ' ? pods × 1 slot, 2 needed'));
});

test('change impact writes its projection delta like every other surface (CLI text, Markdown, the preview\'s Change section)', () => {
  // Before, the change impact rounded sizes below 1 GiB to one decimal ("343 MiB") on its own.
  const before = { parallelism: 4, taskManagers: 2, slotsPerTaskManager: 2, totalSlots: 4, jobManagers: 1, cpu: 2.5, memoryBytes: 343.04 * MIB };
  const after = { ...before, parallelism: null, cpu: 3, memoryBytes: 1372.16 * MIB };
  assert.deepEqual(projectionDelta(before, after), [['parallelism', '4', '?'], ['CPU', '2.5', '3'], ['memory', '343.04 MiB', '1.34 GiB']]);
  const entry: ChangeEntry = {
    file: 'f.yaml', line: 1, kind: 'FlinkDeployment', namespace: '', name: 'orders', class: 'upgrade', headline: 'restarts', action: 'restarts the job',
    fields: [], conditions: [], state: 'savepoint', losesState: false, findings: [], projection: { before, after },
  };
  assert.match(renderChangesText([entry]), /projection: parallelism 4 → \?, CPU 2\.5 → 3, memory 343\.04 MiB → 1\.34 GiB\n[\s\S]*^1 resource change: 1 upgrade\.$/m);
  assert.match(changesMarkdown([entry]), /\| memory \| 343\.04 MiB \| 1\.34 GiB \|/);
  assert.match(changesMarkdown([entry, { ...entry, name: '' }]), /^2 resources change \(2 upgrade\)\.$/m);
});
