/**
 * flinkConfiguration key completion: popularity from the committed table, prefix before word
 * boundary before fuzzy, deprecated and release-absent keys last and marked, keys already set
 * (or set under another name) left out, nested mappings and named templates.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analysis';
import { completion, CompletionEntry } from '../../../server/src/core/ide/completion';
import { Tier, matchTier } from '../../../server/src/core/ide/completion/match';
import { popularity } from '../../../server/src/core/ide/completion/popularity';
import { findOption } from '../../../server/src/core/catalog/catalog';
import table from '../../../server/src/core/ide/completion/option-popularity.json';

/** A deployment whose flinkConfiguration holds `config` lines; `|` marks the cursor. */
function keysAt(config: string, flinkVersion = 'v1_20'): CompletionEntry[] {
  const marked = `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: demo
spec:
  image: flink:1.20
  flinkVersion: ${flinkVersion}
  serviceAccount: flink
  flinkConfiguration:
${config}
  jobManager:
    resource: { memory: 2048m, cpu: 1 }
`;
  const offset = marked.indexOf('|');
  const text = marked.replace('|', '');
  const result = completion(text, analyze(text), offset);
  assert.equal(result.ranked, true, 'key completion is ranked on the server');
  return result.items;
}

const labels = (items: CompletionEntry[]) => items.map((i) => i.label);

test('the table only names catalog options, and the most written one is the slot count', () => {
  for (const key of Object.keys(table.keys)) assert.ok(findOption(key), key);
  assert.equal(Object.keys(table.keys)[0], 'taskmanager.numberOfTaskSlots');
  assert.ok(popularity('state.backend.rocksdb.localdir').family > popularity('state.backend.forst.local-dir').family, 'rocksdb is a more written family than forst');
});

test('with nothing typed, keys come in the table\'s order, the options people set first', () => {
  const items = keysAt('    |');
  const top = labels(items).slice(0, 12);
  for (const key of ['taskmanager.numberOfTaskSlots', 'execution.checkpointing.dir', 'execution.checkpointing.interval', 'high-availability.type', 'state.backend.type', 'job.autoscaler.enabled']) assert.ok(top.includes(key), `${key} in ${top.join(', ')}`);
  const counted = labels(items).filter((k) => k in table.keys && !items.find((i) => i.label === k)?.deprecated);
  const counts = counted.map((k) => (table.keys as Record<string, number>)[k] ?? 0);
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'ordered by the committed counts');
  assert.ok(!items.slice(0, 100).some((i) => i.deprecated), 'no deprecated key among the first hundred');
});

test('state.back: state.backend.type first, every forst key after it', () => {
  const items = labels(keysAt('    state.back|'));
  assert.equal(items[0], 'state.backend.type');
  assert.ok(items.some((k) => k.startsWith('state.backend.forst')), 'forst keys are offered, after it');
});

test('prefix matches, then word-boundary matches, then fuzzy ones', () => {
  assert.equal(matchTier('slot', 'slotmanager.number-of-slots.max'), Tier.Prefix);
  assert.equal(matchTier('slots', 'taskmanager.numberOfTaskSlots'), Tier.WordBoundary);
  assert.equal(matchTier('st.ba.ty', 'state.backend.type'), Tier.WordBoundary);
  assert.equal(matchTier('numslots', 'taskmanager.numberOfTaskSlots'), Tier.Fuzzy);
  assert.equal(matchTier('slots', 'kubernetes.operator.user.artifacts.disallow-restricted-hosts'), undefined);
  const items = labels(keysAt('    slot|'));
  const boundary = items.indexOf('taskmanager.numberOfTaskSlots');
  assert.ok(boundary > 0, items.join(', '));
  assert.ok(items.slice(0, boundary).every((k) => k.startsWith('slot')), items.slice(0, boundary).join(', '));
  assert.equal(labels(keysAt('    numslots|'))[0], 'taskmanager.numberOfTaskSlots');
});

test('deprecated keys come last, marked, with the key that replaces them; an old name finds its successor', () => {
  const items = keysAt('    state.checkpoints|');
  assert.equal(items[0]?.label, 'execution.checkpointing.dir', 'found by its old name state.checkpoints.dir');
  const firstDeprecated = items.findIndex((i) => i.deprecated);
  assert.ok(firstDeprecated > 0 && items.slice(firstDeprecated).every((i) => i.deprecated), labels(items).join(', '));
  const old = items.find((i) => i.label === 'state.checkpoints.dir');
  assert.equal(old?.deprecated, true);
  assert.match(old?.detail ?? '', /deprecated, use execution\.checkpointing\.dir/);
});

test('the resource\'s Flink version decides: akka.* is current in 1.17, deprecated after; keys 2.0 dropped come last there', () => {
  assert.ok(!keysAt('    akka.ask.t|', 'v1_17').find((i) => i.label === 'akka.ask.timeout')?.deprecated);
  assert.ok(keysAt('    akka.ask.t|', 'v1_20').find((i) => i.label === 'akka.ask.timeout')?.deprecated);
  const in20 = keysAt('    cluster.evenly|', 'v2_0');
  const gone = in20.find((i) => i.label === 'cluster.evenly-spread-out-slots');
  assert.match(gone?.detail ?? '', /not in Flink 2\.0/);
  assert.equal(in20[in20.length - 1]?.label, 'cluster.evenly-spread-out-slots');
  assert.match(keysAt('    env.java.h|', 'v1_20').find((i) => i.label === 'env.java.home')?.detail ?? '', /not in Flink 1\.20/, 'a 2.0 key in a 1.20 resource');
  assert.doesNotMatch(keysAt('    env.java.h|', 'v2_0').find((i) => i.label === 'env.java.home')?.detail ?? '', /not in/);
});

test('keys already set are not offered again, nor their old or new names', () => {
  const items = labels(keysAt('    execution.checkpointing.dir: s3://b/cp\n    |\n    taskmanager.numberOfTaskSlots: "2"'));
  for (const key of ['execution.checkpointing.dir', 'state.checkpoints.dir', 'taskmanager.numberOfTaskSlots']) assert.ok(!items.includes(key), key);
  assert.ok(!labels(keysAt('    state.savepoints.dir: s3://b/sp\n    execution.ch|')).includes('execution.checkpointing.savepoint-dir'));
});

test('in nested YAML the key is completed relative to its mapping', () => {
  const items = labels(keysAt('    state:\n      back|'));
  assert.equal(items[0], 'backend.type');
});

test('named templates: typing a reporter name fills it in', () => {
  const items = keysAt('    metrics.reporter.prom.fa|');
  assert.equal(items[0]?.label, 'metrics.reporter.prom.factory.class');
  const generic = keysAt('    metrics.reporter.|').find((i) => i.label === 'metrics.reporter.<name>.factory.class');
  assert.equal(generic?.insertText, 'metrics.reporter.${1:name}.factory.class: ');
  assert.equal(generic?.snippet, true);
});

test('keys with values reopen completion for the value; documentation is resolved from the option they name', () => {
  const item = keysAt('    state.backend.t|').find((i) => i.label === 'state.backend.type');
  assert.equal(item?.thenSuggestValues, true);
  assert.equal(item?.insertText, 'state.backend.type: ');
  assert.deepEqual(item?.option, { key: 'state.backend.type', flinkVersion: 'v1_20' });
  assert.equal(item?.documentation, undefined, 'the list stays small: documentation comes on resolve');
  assert.equal(keysAt('    pipeline.name|').find((i) => i.label === 'pipeline.name')?.thenSuggestValues, undefined, 'a free text has nothing to suggest');
});
