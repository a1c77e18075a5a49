/** Our option texts (catalog/docs/*.json): one for every catalog option, each on a real key, well formed. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allOptions, findOption } from '../../server/src/core/catalog/catalog';
import { allOptionTexts, optionText } from '../../server/src/core/catalog/option-texts';
import { findingsOf } from '../support/rules';
import { valid } from '../support/heads';

test('every catalog option has a summary', () => {
  const missing = allOptions().filter((o) => !optionText(o.key)?.summary.trim()).map((o) => o.key);
  assert.deepEqual(missing, [], `${missing.length} options without a text`);
});

test('every text, summary or fuller, is on a key the catalog has', () => {
  const keys = new Set(allOptions().map((o) => o.key));
  const strays = [...allOptionTexts().keys()].filter((k) => !keys.has(k));
  assert.deepEqual(strays, []);
});

test('texts are sentences: a capital or code start, a full stop, no leftover markup or placeholders', () => {
  for (const [key, { summary, details }] of allOptionTexts()) {
    for (const text of [summary, details ?? 'Fine.']) {
      assert.match(text, /^[A-Z`0-9(]/, key);
      assert.match(text, /[.)`]$/, key);
      assert.doesNotMatch(text.replace(/`[^`]*`/g, 'x'), /<\/?[a-z_]+>|TODO|FIXME|[ \t]{2,}/, key);
      assert.equal((text.match(/`/g) ?? []).length % 2, 0, `${key}: unbalanced backticks`);
    }
  }
});

test('a fuller text exists for the options people set (several hundred)', () => {
  const fuller = [...allOptionTexts().values()].filter((t) => t.details).length;
  assert.ok(fuller >= 300, `${fuller} fuller texts`);
  for (const key of ['taskmanager.numberOfTaskSlots', 'taskmanager.memory.process.size', 'execution.checkpointing.interval', 'state.backend.type', 'high-availability.type', 'restart-strategy.type', 'job.autoscaler.enabled', 'kubernetes.operator.periodic.savepoint.interval', 'pipeline.max-parallelism']) {
    assert.ok(optionText(key)?.details, key);
  }
});

test('the HA text matches the HA rules: standalone, in any case, counts as off like NONE', () => {
  assert.match(optionText('high-availability.type')?.details ?? '', /NONE.*standalone|standalone.*NONE/);
  const rules = (type: string) => findingsOf(valid().replace('  flinkConfiguration:\n', `  flinkConfiguration:\n    high-availability.type: ${type}\n`).replace('parallelism: 4', 'parallelism: 4\n    upgradeMode: last-state')).map((f) => f.rule);
  assert.deepEqual(rules('Standalone'), rules('NONE'));
  assert.notDeepEqual(rules('kubernetes'), rules('NONE'));
});

test('texts that name another option in backticks name a real one', () => {
  for (const [key, { summary, details }] of allOptionTexts()) {
    for (const [, name] of `${summary} ${details ?? ''}`.matchAll(/`([a-z][a-z0-9-]*(?:\.[a-zA-Z0-9<>#_-]+){2,})`/g)) {
      // Class names and custom resource fields are not options.
      if (!name || /[<#]/.test(name) || /^(org|com|io|java|spec|metadata|status)\./.test(name)) continue;
      assert.ok(findOption(name), `${key} mentions ${name}`);
    }
  }
});
