/** The hover notes on flinkConfiguration keys: each names a real option and states what the rules do. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OPTION_NOTES } from '../../server/src/core/ide/option-notes';
import { findOption } from '../../server/src/core/catalog/catalog';
import { findingsOf } from '../support/rules';
import { valid } from '../support/heads';

test('every note is on a key the catalog knows', () => {
  for (const key of Object.keys(OPTION_NOTES)) assert.ok(findOption(key), key);
});

test('the HA note matches the HA rules: standalone, in any case, counts as off like NONE', () => {
  assert.match(OPTION_NOTES['high-availability.type'] ?? '', /NONE or standalone/);
  const rules = (type: string) => findingsOf(valid().replace('  flinkConfiguration:\n', `  flinkConfiguration:\n    high-availability.type: ${type}\n`).replace('parallelism: 4', 'parallelism: 4\n    upgradeMode: last-state')).map((f) => f.rule);
  assert.deepEqual(rules('Standalone'), rules('NONE'));
  assert.notDeepEqual(rules('kubernetes'), rules('NONE'));
});
