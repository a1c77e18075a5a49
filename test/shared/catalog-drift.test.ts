/**
 * The option catalog holds what scripts/gen-catalog.mjs takes from the reference's options.json:
 * the same keys, and for each key the same generated facts. Fields added by other means (our
 * own descriptions, for instance) are left alone.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { referenceDir, repoRoot, requireReference } from './reference';

type Entry = Record<string, unknown> & { key: string };

test('the option catalog matches the reference option list', () => {
  const input = path.join(requireReference(referenceDir('flink-config')), 'options.json');
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-k8s-catalog-'));
  try {
    const out = path.join(outDir, 'options.json');
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'gen-catalog.mjs'), input, out], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(run.status, 0, `generator failed:\n${run.stderr}`);
    const fresh = JSON.parse(fs.readFileSync(out, 'utf8')) as Entry[];
    const committed = JSON.parse(fs.readFileSync(path.join(repoRoot, 'server', 'src', 'core', 'catalog', 'options.json'), 'utf8')) as Entry[];
    assert.deepEqual(committed.map((e) => e.key), fresh.map((e) => e.key), 'the catalog lists other keys: run `npm run gen-catalog`');
    const stale = fresh.filter((e, i) => {
      const c = committed[i] as Entry;
      return JSON.stringify(Object.fromEntries(Object.keys(e).map((k) => [k, c[k]]))) !== JSON.stringify(e);
    });
    assert.deepEqual(stale.map((e) => e.key), [], 'these options differ from the reference: run `npm run gen-catalog`');
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
});
