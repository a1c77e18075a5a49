/** The README's generated sections match the code (run `npm run docs` after changing rules). */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { withRuleTable } from '../../server/src/docs/rule-table';

test('README rule reference is up to date', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
  assert.equal(readme, withRuleTable(readme), 'run `npm run build && npm run docs`');
});
