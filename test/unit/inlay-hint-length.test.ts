/**
 * Inlay hints fit VS Code's default `editor.inlayHints.maximumLength` (43 characters): on every
 * example and real-world file, on a resource at the sizes Flink allows at most, and the memory
 * hint is split into whole parts rather than cut off.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analysis';
import { inlayHints, MAX_HINT_LENGTH, packed } from '../../server/src/core/ide/inlay-hints';
import { flinkCorpus } from '../support/corpus-files';
import { deploymentYaml } from '../support/fixture';

function tooLong(text: string): string[] {
  return inlayHints(analyze(text)).filter((h) => h.label.length > MAX_HINT_LENGTH).map((h) => JSON.stringify(h.label));
}

test('43 is VS Code\'s default editor.inlayHints.maximumLength', () => {
  assert.equal(MAX_HINT_LENGTH, 43);
});

test('no hint on the examples and the real-world files is longer than 43 characters', () => {
  const files = flinkCorpus();
  assert.ok(files.length >= 30, `${files.length} files`);
  let hints = 0;
  for (const { name, text } of files) {
    hints += inlayHints(analyze(text)).length;
    assert.deepEqual(tooLong(text), [], name);
  }
  assert.ok(hints >= 150, `only ${hints} hints`);
});

test('hints stay within 43 characters at the largest sizes Flink accepts (parallelism 32768)', () => {
  const text = deploymentYaml({
    spec: {
      flinkConfiguration: { 'taskmanager.numberOfTaskSlots': '32', 'job.autoscaler.enabled': 'true', 'pipeline.max-parallelism': '32768' },
      taskManager: { replicas: 1024, resource: { memory: '1023999m', cpu: 0.125 } },
      jobManager: { resource: { memory: '1023999m', cpu: 1 } },
      job: { jarURI: 'local:///opt/app.jar', parallelism: 32768, upgradeMode: 'stateless' },
    },
  });
  const labels = inlayHints(analyze(text)).map((h) => h.label);
  assert.ok(labels.length >= 5, labels.join(' | '));
  assert.deepEqual(tooLong(text), []);
});

test('the TaskManager memory hint comes in whole parts: heap and managed, then network', () => {
  const text = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', '00-start-here.yaml'), 'utf8');
  const memory = inlayHints(analyze(text)).filter((h) => h.kind === 'memory').map((h) => h.label);
  assert.deepEqual(memory, [' heap 1.42 GiB · managed 1.34 GiB', ' network 343.04 MiB', ' heap 1.42 GiB']);
});

test('packing joins parts while they fit and starts a new hint when they do not', () => {
  const parts = [' aaaaaaaaaa', ' bbbbbbbbbb', ' cccccccccc', ' dddddddddd'];
  assert.deepEqual(packed(0, 'memory', parts).map((h) => h.label), [' aaaaaaaaaa · bbbbbbbbbb · cccccccccc', ' dddddddddd']);
  assert.deepEqual(packed(0, 'memory', [' x'.padEnd(50, 'x')]).map((h) => h.label.length), [50]);
});
