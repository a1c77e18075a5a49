/** The committed JSON Schemas (drift against the CRDs is checked by test/shared/schemas-drift.test.ts). */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

// Compiled to out/test/unit/, so the repository root is three levels up.
const repoRoot = path.join(__dirname, '..', '..', '..');
const schemasDir = path.join(repoRoot, 'schemas');

interface Schema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
}

function loadSchema(name: string): Schema {
  return JSON.parse(fs.readFileSync(path.join(schemasDir, name), 'utf8')) as Schema;
}

/** Follows `properties` (and `$ref`s into `definitions`) along a dotted path, failing the test if a step is missing. */
function at(schema: Schema, dotted: string): Schema {
  const deref = (n: Schema) => ((n as { $ref?: string }).$ref ? (schema as { definitions: Record<string, Schema> }).definitions[((n as { $ref: string }).$ref).replace('#/definitions/', '')] ?? n : n);
  let node = schema;
  for (const key of dotted.split('.')) {
    const next = deref(node).properties?.[key];
    assert.ok(next, `schema has no property ${dotted} (missing ${key})`);
    node = deref(next);
  }
  return node;
}

test('every schema pins apiVersion and kind', () => {
  const kinds: Record<string, string> = {
    'flinkdeployment.schema.json': 'FlinkDeployment',
    'flinksessionjob.schema.json': 'FlinkSessionJob',
    'flinkstatesnapshot.schema.json': 'FlinkStateSnapshot',
    'flinkbluegreendeployment.schema.json': 'FlinkBlueGreenDeployment',
  };
  for (const [name, kind] of Object.entries(kinds)) {
    const schema = loadSchema(name);
    assert.deepEqual(at(schema, 'apiVersion').enum, ['flink.apache.org/v1beta1'], name);
    assert.equal(at(schema, 'kind').const, kind, name);
    assert.ok(!JSON.stringify(schema).includes('"additionalProperties":false'), `${name} must stay permissive`);
  }
});

test('FlinkDeployment schema has the operator enums and TaskManager fields', () => {
  const schema = loadSchema('flinkdeployment.schema.json');

  const flinkVersions = at(schema, 'spec.flinkVersion').enum;
  assert.ok(Array.isArray(flinkVersions));
  assert.ok(flinkVersions.includes('v1_20'), 'flinkVersion enum lacks v1_20');
  assert.ok(flinkVersions.includes('v2_4'), 'flinkVersion enum lacks v2_4');

  assert.deepEqual([...(at(schema, 'spec.mode').enum ?? [])].sort(), ['native', 'standalone']);
  assert.deepEqual([...(at(schema, 'spec.job.upgradeMode').enum ?? [])].sort(), ['last-state', 'savepoint', 'stateless']);

  const taskManager = at(schema, 'spec.taskManager').properties ?? {};
  for (const field of ['replicas', 'resource', 'resources', 'podTemplate']) {
    assert.ok(field in taskManager, `spec.taskManager.properties lacks ${field}`);
  }

  // flinkConfiguration is free-form (x-kubernetes-preserve-unknown-fields): no constraint at all.
  assert.deepEqual(at(schema, 'spec.flinkConfiguration'), {});
});
