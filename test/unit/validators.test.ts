/** The precompiled validators (scripts/gen-validators.mjs) judge exactly like the run-time compiled ones. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import Ajv from 'ajv';

const root = path.join(__dirname, '..', '..', '..');

test('precompiled and compiled validators report the same errors', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'flink-validators-')), 'validators.js');
  const gen = spawnSync(process.execPath, [path.join(root, 'scripts/gen-validators.mjs'), out], { cwd: root, encoding: 'utf8' });
  assert.equal(gen.status, 0, gen.stderr);
  const precompiled = require(out) as Record<string, (d: unknown) => boolean & { errors?: unknown }>;
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
  const compiled = (kind: string) => ajv.compile(JSON.parse(fs.readFileSync(path.join(root, 'schemas', `${kind.toLowerCase()}.schema.json`), 'utf8')));
  const cache = new Map<string, ReturnType<typeof compiled>>();
  const samples = fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.yaml')).flatMap((f) => parseAllDocuments(fs.readFileSync(path.join(root, 'examples', f), 'utf8')).map((d) => d.toJS()));
  samples.push({ apiVersion: 'flink.apache.org/v1alpha1', kind: 'FlinkDeployment', spec: { flinkVersion: 'v1.17', taskManager: { replicas: '2', podTemplate: { spec: { containers: [{ name: 1 }] } } } } });
  let checked = 0;
  for (const doc of samples) {
    const kind = (doc as { kind?: string }).kind ?? '';
    const pre = precompiled[kind];
    if (!pre) continue;
    const run = cache.get(kind) ?? compiled(kind);
    cache.set(kind, run);
    const a = pre(doc);
    const aErrors = (pre as { errors?: unknown }).errors;
    const b = run(doc);
    assert.equal(a, b);
    assert.deepEqual(aErrors ?? null, run.errors ?? null);
    checked++;
  }
  assert.ok(checked >= 10);
});
