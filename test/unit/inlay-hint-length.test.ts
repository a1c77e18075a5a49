/**
 * Inlay hints fit VS Code's default `editor.inlayHints.maximumLength`: 43 characters for all the
 * hints of a line together (VS Code cuts the rest off with "…"). Checked on every example and
 * real-world file, with every kind on and with some off, at the largest sizes Flink accepts and
 * on flow mappings that put several hints on one line.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analysis';
import { Hint, HintKind, inlayHints } from '../../server/src/core/ide/inlay-hints';
import { fitToLines, MAX_LINE_HINT_LENGTH } from '../../server/src/core/ide/hint-lines';
import { flinkCorpus } from '../support/corpus-files';
import { deploymentYaml } from '../support/fixture';

const root = path.join(__dirname, '..', '..', '..');
const START = fs.readFileSync(path.join(root, 'examples', '00-start-here.yaml'), 'utf8');

/** "line N: label|label" for every line whose hints together pass the limit. */
function overLong(text: string, enabled?: (kind: HintKind) => boolean): string[] {
  const analysis = analyze(text);
  const lines = new Map<number, Hint[]>();
  for (const h of inlayHints(analysis, enabled)) {
    const line = analysis.lines.position(h.offset).line;
    lines.set(line, [...(lines.get(line) ?? []), h]);
  }
  return [...lines].filter(([, hs]) => hs.reduce((n, h) => n + h.label.length, 0) > MAX_LINE_HINT_LENGTH).map(([line, hs]) => `line ${line + 1}: ${hs.map((h) => h.label).join('|')}`);
}

test('43 is VS Code\'s default editor.inlayHints.maximumLength', () => {
  assert.equal(MAX_LINE_HINT_LENGTH, 43);
});

test('no line of hints on the examples and real-world files passes 43 characters, whichever kinds are on', () => {
  const files = flinkCorpus();
  assert.ok(files.length >= 30, `${files.length} files`);
  const without = (off: HintKind) => (kind: HintKind) => kind !== off;
  let hints = 0;
  for (const { name, text } of files) {
    hints += inlayHints(analyze(text)).length;
    assert.deepEqual(overLong(text), [], name);
    for (const off of ['cpu', 'taskManagers', 'parallelism'] as const) assert.deepEqual(overLong(text, without(off)), [], `${name} without ${off}`);
  }
  assert.ok(hints >= 120, `only ${hints} hints`);
});

test('lines stay within 43 characters at the largest sizes Flink accepts and in flow mappings', () => {
  const big = deploymentYaml({
    spec: {
      image: 'flink:1.20', flinkVersion: 'v1_20', serviceAccount: 'flink',
      flinkConfiguration: { 'taskmanager.numberOfTaskSlots': '32', 'job.autoscaler.enabled': 'true', 'pipeline.max-parallelism': '32768' },
      taskManager: { replicas: 1024, resource: { memory: '1023999m', cpu: 0.125 } },
      jobManager: { resource: { memory: '1023999m', cpu: 1 } },
      job: { jarURI: 'local:///opt/app.jar', parallelism: 32768, upgradeMode: 'stateless' },
    },
  });
  assert.ok(inlayHints(analyze(big)).length >= 5);
  assert.deepEqual(overLong(big), []);
  const flow = START.replace(/ {2}taskManager:\n {4}replicas: 3\n {4}resource:\n {6}cpu: 2\n {6}memory: "4096m"\n/, '  taskManager: { replicas: 3, resource: { memory: "4096m", cpu: 2 } }\n');
  assert.notEqual(flow, START);
  const labels = inlayHints(analyze(flow)).map((h) => h.label);
  assert.ok(labels.includes(' 3 pods × 2 slots, 6 needed'), labels.join('|'));
  assert.deepEqual(overLong(flow), []);
});

test('the TaskManager memory hint keeps the parts that fit and names the rest in its tooltip', () => {
  const memory = inlayHints(analyze(START)).filter((h) => h.kind === 'memory');
  assert.deepEqual(memory.map((h) => h.label), [' heap 1.42 GiB · managed 1.34 GiB', ' heap 1.42 GiB']);
  assert.match(memory[0]?.tooltip ?? '', /Also: network 343\.04 MiB$/);
});

test('fitting: important kinds first, parts while they fit, a hint with no room left is dropped', () => {
  const line = () => 0;
  const fitted = fitToLines([
    { offset: 1, kind: 'memory', parts: [' aaaaaaaaaa', ' bbbbbbbbbb', ' cccccccccc'] },
    { offset: 2, kind: 'cpu', parts: [' 1 slot/CPU'] },
    { offset: 3, kind: 'autoscaler', parts: [' parallelism 1–2'] },
  ], line);
  assert.deepEqual(fitted.map((h) => [h.offset, h.label]), [[1, ' aaaaaaaaaa · bbbbbbbbbb'], [2, ' 1 slot/CPU']]);
  assert.equal(fitted[0]?.tooltip, 'Also: cccccccccc');
  assert.deepEqual(fitToLines([{ offset: 1, kind: 'memory', parts: [' x'] }, { offset: 9, kind: 'memory', parts: [' y'] }], (o) => o).map((h) => h.label), [' x', ' y'], 'separate lines, separate budgets');
});
