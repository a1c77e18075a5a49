/** schemas/ is exactly what scripts/gen-schemas.mjs makes of the operator CRDs in the reference. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { referenceDir, repoRoot, requireReference } from './reference';

const jsonFiles = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

test('committed schemas match the generator output on the reference CRDs', () => {
  const crds = requireReference(referenceDir('crds'));
  const schemas = path.join(repoRoot, 'schemas');
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-k8s-schemas-'));
  try {
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'gen-schemas.mjs'), crds, outDir], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(run.status, 0, `generator failed:\n${run.stderr}`);
    const generated = jsonFiles(outDir);
    assert.deepEqual(generated, ['flinkbluegreendeployment.schema.json', 'flinkdeployment.schema.json', 'flinksessionjob.schema.json', 'flinkstatesnapshot.schema.json']);
    assert.deepEqual(jsonFiles(schemas), generated, 'schemas/ holds a different set of files');
    for (const name of generated) {
      const fresh = fs.readFileSync(path.join(outDir, name));
      assert.ok(fresh.equals(fs.readFileSync(path.join(schemas, name))), `schemas/${name} is stale: run \`node scripts/gen-schemas.mjs\``);
    }
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
});
