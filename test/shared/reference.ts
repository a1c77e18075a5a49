/**
 * Where the team's reference lives: `../shared/reference` beside the checkout. CI (`.ci/run`)
 * always has it; a missing reference fails every test of this suite loudly instead of passing.
 */

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

// Compiled to out/test/shared/, so the repository root is three levels up.
export const repoRoot = path.join(__dirname, '..', '..', '..');

export function referenceDir(...segments: string[]): string {
  return path.join(repoRoot, '..', 'shared', 'reference', ...segments);
}

/** The folder, or a failed assertion that says where it was expected and how to run without it. */
export function requireReference(dir: string): string {
  assert.ok(fs.existsSync(dir), `the team reference is expected in ${dir}; \`npm run test:shared\` needs ../shared beside the checkout (npm test does not)`);
  return dir;
}

export function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join(dir, f));
}
