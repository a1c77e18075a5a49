/** Value completion (flinkConfiguration and spec fields) and whole-resource snippets. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analysis';
import { completeAt, CompletionEntry } from '../../../server/src/core/ide/completion';
import { findingsOf } from '../../support/rules';
import { valid } from '../../support/heads';

/** Completion at `|` in the text. */
function at(marked: string, operatorVersion = '1.16'): CompletionEntry[] {
  const offset = marked.indexOf('|');
  const text = marked.replace('|', '');
  return completeAt(text, analyze(text, { operatorVersion, operatorDefaults: {} }), offset, { operatorVersion });
}

const config = (line: string) => valid().replace('  flinkConfiguration:\n', `  flinkConfiguration:\n    ${line}\n`);
const labels = (items: CompletionEntry[]) => items.map((i) => i.label);

test('after a key: its allowed values, the default preselected', () => {
  const items = at(config('state.backend.type: |'));
  assert.deepEqual(labels(items), ['hashmap', 'rocksdb', 'forst']);
  assert.equal(items[0]?.preselect, true);
  assert.deepEqual(labels(at(config('jobmanager.scheduler: |'))), ['Default', 'Adaptive', 'AdaptiveBatch']);
});

test('booleans and numbers are inserted quoted, so every operator reads them as written', () => {
  const items = at(config('pipeline.object-reuse: |'));
  assert.deepEqual(items.map((i) => i.insertText), ['"true"', '"false"']);
  assert.equal(items.find((i) => i.label === 'false')?.preselect, true);
  assert.deepEqual(at(config('taskmanager.memory.managed.fraction: |')).map((i) => i.insertText), ['"0.4"']);
});

test('sizes with units and durations, the default first', () => {
  assert.deepEqual(labels(at(config('taskmanager.memory.managed.size: |'))), ['256m', '512m', '1g', '2g', '4g', '8g']);
  const timeouts = labels(at(config('execution.checkpointing.timeout: |')));
  assert.equal(timeouts[0], '10 min');
  assert.ok(timeouts.includes('30 s') && timeouts.includes('5 min'), timeouts.join(', '));
  assert.equal(at(config('execution.checkpointing.timeout: |'))[0]?.preselect, true);
});

test('spec values: upgradeMode and mode with what each does, imagePullPolicy as the operator accepts it', () => {
  const modes = at(valid('', '  job:\n    jarURI: local:///opt/app.jar\n    parallelism: 4\n    upgradeMode: |\n'));
  assert.deepEqual(labels(modes), ['last-state', 'savepoint', 'stateless']);
  assert.match(modes.find((m) => m.label === 'savepoint')?.documentation ?? '', /savepoint directory/);
  assert.deepEqual(labels(at(valid('  mode: |\n'))), ['native', 'standalone']);
  assert.deepEqual(labels(at(valid('  imagePullPolicy: |\n'))), ['Always', 'IfNotPresent', 'Never']);
  assert.deepEqual(labels(at(valid('', '  job:\n    jarURI: local:///opt/app.jar\n    state: |\n'))), ['running', 'suspended']);
});

test('flinkVersion: what the target operator accepts, newest first, deprecated ones last; the image\'s version preselected', () => {
  const text = valid().replace('  flinkVersion: v1_20\n', '  flinkVersion: |\n');
  const v116 = at(text, '1.16');
  assert.deepEqual(labels(v116).slice(0, 3), ['v2_4', 'v2_3', 'v2_2']);
  assert.equal(v116.find((v) => v.preselect)?.label, 'v1_20');
  const firstDeprecated = v116.findIndex((v) => v.deprecated);
  assert.equal(v116[firstDeprecated]?.label, 'v1_18');
  assert.ok(v116.slice(firstDeprecated).every((v) => v.deprecated));
  const v113 = labels(at(text, '1.13'));
  assert.ok(!v113.includes('v2_3') && v113.includes('v2_2') && !v113.includes('v1_14'), v113.join(', '));
});

test('a spec key with values reopens completion for them; a block key inserts its snippet', () => {
  const keys = at(valid('  |\n'));
  assert.equal(keys.find((k) => k.label === 'mode')?.thenSuggestValues, true);
  assert.equal(keys.find((k) => k.label === 'imagePullPolicy')?.thenSuggestValues, true);
  assert.equal(keys.find((k) => k.label === 'restartNonce')?.thenSuggestValues, undefined);
  assert.ok(!keys.some((k) => k.label === 'image'), 'fields already set are not offered');
});

/** A snippet as inserted with every placeholder left at its default. */
const expand = (snippet: string) => snippet.replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');

test('whole resources in an empty document and in a new one after ---', () => {
  const empty = at('|');
  assert.deepEqual(labels(empty), ['FlinkDeployment (application)', 'FlinkDeployment (session cluster)', 'FlinkSessionJob']);
  assert.deepEqual(labels(at(`${valid()}---\n|`)), labels(empty));
  assert.deepEqual(labels(at(`${valid()}---\nFlink|`)), labels(empty));
  assert.ok(!labels(at(valid('  |\n'))).includes('FlinkSessionJob'), 'not inside a resource');
});

for (const operatorVersion of ['1.16', '1.15', '1.9']) {
  test(`the snippets, inserted as they are, give no finding (operator ${operatorVersion})`, () => {
    const [application, session, job] = at('|', operatorVersion).map((s) => expand(s.insertText));
    assert.deepEqual(findingsOf(application ?? '', { operatorVersion }).map((f) => f.message), []);
    assert.deepEqual(findingsOf(`${session}---\n${job}`, { operatorVersion }).map((f) => f.message), []);
  });
}
