/** Tidy checks on the rule registry: ids, files, docs and tests stay in step. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../../server/src/core/rules/registry';

const root = path.join(__dirname, '..', '..', '..', '..');
const rulesDir = path.join(root, 'server', 'src', 'core', 'rules');
const testsDir = path.join(root, 'test', 'unit', 'rules');

test('ids are unique kebab-case, sorted, and each is its own file with a test file', () => {
  const ids = RULES.map((r) => r.id);
  assert.deepEqual(ids, [...new Set(ids)].sort());
  for (const id of ids) {
    assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    assert.ok(fs.existsSync(path.join(rulesDir, `${id}.ts`)), `server/src/core/rules/${id}.ts`);
    assert.ok(fs.existsSync(path.join(testsDir, `${id}.test.ts`)), `test/unit/rules/${id}.test.ts`);
  }
});

test('every rule file is registered', () => {
  for (const file of fs.readdirSync(rulesDir)) {
    const source = fs.readFileSync(path.join(rulesDir, file), 'utf8');
    const id = /export const \w+: (?:Resource|Document)Rule = \{\s*id: '([^']+)'/.exec(source)?.[1];
    if (id) assert.ok(RULES.some((r) => r.id === id), `${file} defines ${id} but the registry does not list it`);
  }
});

test('every rule documents what, why, before and after', () => {
  for (const rule of RULES) {
    for (const field of ['summary', 'why', 'before', 'after'] as const) assert.ok(rule.doc[field].trim().length > 5, `${rule.id}.doc.${field}`);
    assert.doesNotMatch(rule.doc.why, /§/, `${rule.id}: user-facing text should not cite reference sections`);
  }
});
