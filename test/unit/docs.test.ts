/** The README's generated sections match the code (run `npm run docs` after changing rules). */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { withRuleTable } from '../../server/src/docs/rule-table';

test('README rule and settings references are up to date', () => {
  const root = path.join(__dirname, '..', '..', '..');
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  assert.equal(readme, withRuleTable(readme, manifest), 'run `npm run build && npm run docs`');
});
