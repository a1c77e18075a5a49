/**
 * Hover on flinkConfiguration keys: our text, then type, default (per the resource's Flink
 * version), the releases that have the key, deprecation or removal, and the projected effect;
 * completion items carry the same documentation.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analysis';
import { hoverAt } from '../../server/src/core/ide/hover';
import { completeAt } from '../../server/src/core/ide/completion';
import { optionDocumentation } from '../../server/src/core/ide/option-docs';
import { optionText } from '../../server/src/core/catalog/option-texts';
import { valid } from '../support/heads';

/** A valid resource with `lines` added to its flinkConfiguration and the given flinkVersion. */
function withConfig(flinkVersion: string, ...lines: string[]): string {
  return valid()
    .replace('flinkVersion: v1_20', `flinkVersion: ${flinkVersion}`)
    .replace('image: flink:1.20', `image: flink:${flinkVersion.slice(1).replace('_', '.')}`)
    .replace('  flinkConfiguration:\n', `  flinkConfiguration:\n${lines.map((l) => `    ${l}\n`).join('')}`);
}

function hoverOn(text: string, key: string): string {
  const offset = text.indexOf(`${key}:`) + 2;
  assert.ok(offset > 1, key);
  return hoverAt(analyze(text), offset)?.markdown ?? '';
}

test('a current key: our text, type, default, the releases that have it and the projected effect', () => {
  const hover = hoverOn(withConfig('v1_20'), 'taskmanager.numberOfTaskSlots');
  assert.ok(hover.startsWith('**taskmanager.numberOfTaskSlots**'), hover);
  assert.ok(hover.includes(optionText('taskmanager.numberOfTaskSlots')?.summary ?? '?'), hover);
  assert.ok(hover.includes(optionText('taskmanager.numberOfTaskSlots')?.details ?? '?'), hover);
  assert.match(hover, /Flink option · Integer · default: `1`/);
  assert.match(hover, /In Flink 1\.17–2\.3\./);
  assert.doesNotMatch(hover, /Deprecated|Removed|does not read/);
  assert.match(hover, /\*\*Projection:\*\* parallelism 4 .*2 TaskManager pods × 2 slots/);
});

test('a deprecated key: since which release, the replacement, and the releases that still read it', () => {
  const hover = hoverOn(withConfig('v1_20', 'state.checkpoints.dir: s3://bucket/checkpoints'), 'state.checkpoints.dir');
  assert.ok(hover.includes(optionText('state.checkpoints.dir')?.summary ?? '?'), hover);
  assert.match(hover, /Flink option · String · default: none/);
  assert.match(hover, /In Flink 1\.17–1\.19\./);
  assert.match(hover, /Flink 1\.20–2\.3 also read it as an old name of `execution\.checkpointing\.dir`\./);
  assert.match(hover, /\*\*Deprecated\*\* since Flink 1\.20; use `execution\.checkpointing\.dir`\./);
  assert.doesNotMatch(hover, /does not read/);
});

test('a key deprecated later than the resource\'s release says so', () => {
  const hover = hoverOn(withConfig('v1_18', 'state.checkpoints.dir: s3://bucket/checkpoints'), 'state.checkpoints.dir');
  assert.match(hover, /\*\*Deprecated\*\* since Flink 1\.20 \(not yet in Flink 1\.18\); use `execution\.checkpointing\.dir`\./);
});

test('a removed key: the release that removed it, and that the resource\'s release ignores it', () => {
  const hover = hoverOn(withConfig('v2_0', 'taskmanager.heap.size: 2g'), 'taskmanager.heap.size');
  assert.ok(hover.includes(optionText('taskmanager.heap.size')?.summary ?? '?'), hover);
  assert.match(hover, /In Flink 1\.17–1\.20\./);
  assert.match(hover, /\*\*Flink 2\.0 does not read this key\.\*\*/);
  assert.match(hover, /\*\*Removed\*\* in Flink 2\.0/);
  const onOldRelease = hoverOn(withConfig('v1_18', 'taskmanager.heap.size: 2g'), 'taskmanager.heap.size');
  assert.doesNotMatch(onOldRelease, /does not read/);
  assert.match(onOldRelease, /\*\*Removed\*\* in Flink 2\.0/);
});

test('an operator key: operator releases, never a Flink release', () => {
  const hover = hoverOn(withConfig('v1_20', 'kubernetes.operator.periodic.savepoint.interval: 6h'), 'kubernetes.operator.periodic.savepoint.interval');
  assert.ok(hover.includes(optionText('kubernetes.operator.periodic.savepoint.interval')?.details ?? '?'), hover);
  assert.match(hover, /Operator option · String · default: none/);
  assert.match(hover, /In operator 1\.13–1\.16\./);
  assert.doesNotMatch(hover, /Flink 1\.20 does not/);
});

test('an operator key renamed in a later operator release', () => {
  const doc = optionDocumentation('kubernetes.operator.session.block-on-unmanaged-jobs') ?? '';
  assert.match(doc, /In operator 1\.13–1\.14\./);
  assert.match(doc, /Operator 1\.15–1\.16 also read it as an old name of `kubernetes\.operator\.session\.deletion\.block-on-unmanaged-jobs`\./);
  assert.match(doc, /\*\*Deprecated\*\* since operator 1\.15; use `kubernetes\.operator\.session\.deletion\.block-on-unmanaged-jobs`\./);
});

test('the default follows the resource\'s Flink version where it changed', () => {
  assert.match(hoverOn(withConfig('v1_20', 'security.ssl.algorithms: x'), 'security.ssl.algorithms'), /default in Flink 1\.20: `TLS_RSA_WITH_AES_128_CBC_SHA`/);
  assert.match(hoverOn(withConfig('v2_3', 'security.ssl.algorithms: x'), 'security.ssl.algorithms'), /default in Flink 2\.3: `TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384`/);
  assert.match(optionDocumentation('security.ssl.algorithms') ?? '', /default: `TLS_RSA_WITH_AES_128_CBC_SHA`/);
});

test('an old name of another option points to it and explains the new one', () => {
  const hover = hoverOn(withConfig('v1_20', 'state.backend: rocksdb'), 'state.backend');
  assert.match(hover, /\*\*Old name\*\* of `state\.backend\.type`: write that instead\. Still read by Flink 1\.17–2\.3/);
  assert.ok(hover.includes(optionText('state.backend.type')?.summary ?? '?'), hover);
  assert.match(hover, /values: `hashmap`, `rocksdb`, `forst`/);
});

test('a templated key finds its specific entry, not the catch-all', () => {
  const doc = optionDocumentation('metrics.reporter.prom.factory.class', 'v1_20') ?? '';
  assert.match(doc, /^Matches `metrics\.reporter\.<name>\.factory\.class`\./);
  assert.ok(doc.includes(optionText('metrics.reporter.<name>.factory.class')?.summary ?? '?'), doc);
  assert.match(optionDocumentation('metrics.reporter.prom.someSetting') ?? '', /^Matches `metrics\.reporter\.<name>\.<parameter>`\./);
});

test('a key that is no option says so', () => {
  assert.equal(optionDocumentation('my.own.setting'), undefined);
  assert.match(hoverOn(withConfig('v1_20', 'my.own.setting: 1'), 'my.own.setting'), /Not a Flink, operator or autoscaler option/);
});

test('completion items name their option and Flink version, whose documentation the client resolves', () => {
  const text = withConfig('v2_3', 'security.ssl.alg');
  const offset = text.indexOf('security.ssl.alg') + 'security.ssl.alg'.length;
  const item = completeAt(text, analyze(text), offset).find((e) => e.label === 'security.ssl.algorithms');
  assert.deepEqual(item?.option, { key: 'security.ssl.algorithms', flinkVersion: 'v2_3' });
  const doc = optionDocumentation(item?.option?.key ?? '', item?.option?.flinkVersion) ?? '';
  assert.ok(doc.includes(optionText('security.ssl.algorithms')?.summary ?? '?'), doc);
  assert.match(doc, /default in Flink 2\.3: `TLS_ECDHE_RSA/);
});
