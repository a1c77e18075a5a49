/**
 * The committed completion ranking table is what scripts/gen-option-popularity.mjs makes from
 * the team reference (../shared/reference) and the repository's corpus and examples today.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const reference = join(root, '..', 'shared', 'reference');

test('option-popularity.json matches its generator', () => {
  assert.ok(existsSync(join(reference, 'operator-examples')), `the team reference is expected at ${reference}`);
  const generated = execFileSync(process.execPath, [join(root, 'scripts', 'gen-option-popularity.mjs'), '--stdout', '--reference', reference], { encoding: 'utf8' });
  const committed = readFileSync(join(root, 'server', 'src', 'core', 'ide', 'completion', 'option-popularity.json'), 'utf8');
  assert.equal(committed, generated, 'run `node scripts/gen-option-popularity.mjs` and commit the result');
});
