/**
 * The change-impact data (server/src/core/changes/diff-rules.ts) against the team reference
 * `../shared/reference/spec-changes.md`: every field and prefix §2 calls IGNORE is ignored by our
 * 1.16 rules, and §6 (the per-release history) is the text our per-version data was written from.
 * Needs ../shared beside the checkout (not part of `npm test`).
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configKeyType, diffRules } from '../../server/src/core/changes/diff-rules';

const file = path.join(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'spec-changes.md');

function section(text: string, heading: string): string {
  const start = text.indexOf(`## ${heading}`);
  assert.ok(start >= 0, `no section "${heading}" in ${file}`);
  const end = text.indexOf('\n## ', start + 3);
  return text.slice(start, end < 0 ? undefined : end);
}

function reference(): string {
  assert.ok(fs.existsSync(file), `the team reference is expected at ${file}`);
  return fs.readFileSync(file, 'utf8');
}

test('§2: every IGNORE field and prefix is ignored by the 1.16 rules', () => {
  const rows = section(reference(), '2 Field → diff type').split('\n').filter((l) => /\|\s*IGNORE\s*\|/.test(l));
  assert.ok(rows.length >= 5, 'the IGNORE rows are there');
  const rules = diffRules('1.16');
  for (const row of rows) {
    const names = [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '').filter((n) => !n.startsWith('spec.'));
    for (const name of names) {
      if (name.startsWith('job.') && !row.includes('prefix')) assert.equal(rules.jobFields[name.slice(4)], 'ignore', name);
      else assert.equal(configKeyType(rules, `${name}.x`, 'native'), 'ignore', name);
    }
  }
});

test('§6: the per-release history is the one diff-rules.ts encodes', () => {
  const history = section(reference(), '6 History');
  const digest = createHash('sha256').update(history.replace(/\s+/g, ' ')).digest('hex').slice(0, 16);
  assert.equal(digest, EXPECTED_HISTORY, 'spec-changes.md §6 changed: re-read it, update server/src/core/changes/diff-rules.ts and its tests, then this digest');
});

const EXPECTED_HISTORY = '6a304d4ece5de9f5';
