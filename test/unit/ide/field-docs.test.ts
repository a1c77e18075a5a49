/** Every field of the FlinkDeployment and FlinkSessionJob schemas has our own text for hover. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fieldDoc, genericPath, valueDoc } from '../../../server/src/core/ide/field-docs';
import { SchemaNode } from '../../../server/src/core/schema/schemas';
import flinkFields from '../../../server/src/core/ide/field-docs/flink-fields.json';
import deployment from '../../../schemas/flinkdeployment.schema.json';
import sessionJob from '../../../schemas/flinksessionjob.schema.json';

/** Every path of properties in a schema, `$ref`s followed once per branch (pod specs nest). */
function fieldPaths(root: SchemaNode): string[][] {
  const out: string[][] = [];
  const walk = (node: SchemaNode | undefined, path: string[], refs: ReadonlySet<string>) => {
    const ref = node?.$ref;
    if (ref && refs.has(ref)) return;
    const here = ref ? root.definitions?.[ref.replace('#/definitions/', '')] : node;
    const seen = ref ? new Set([...refs, ref]) : refs;
    if (!here) return;
    if (here.items) walk(here.items, path, seen);
    if (typeof here.additionalProperties === 'object') walk(here.additionalProperties, path, seen);
    for (const [name, child] of Object.entries(here.properties ?? {})) {
      out.push([...path, name]);
      walk(child, [...path, name], seen);
    }
  };
  walk(root, [], new Set());
  return out;
}

for (const [kind, schema] of [['FlinkDeployment', deployment], ['FlinkSessionJob', sessionJob]] as const) {
  test(`${kind}: every schema field has a text`, () => {
    const paths = fieldPaths(schema as SchemaNode);
    assert.ok(paths.length > (kind === 'FlinkDeployment' ? 3000 : 60), `${paths.length} paths`);
    const missing = paths.filter((p) => !fieldDoc(p)?.trim()).map((p) => p.join('.'));
    assert.deepEqual(missing, []);
  });
}

test('each operator-field text belongs to a real field (no stale entries)', () => {
  const generic = new Set([...fieldPaths(deployment as SchemaNode), ...fieldPaths(sessionJob as SchemaNode)].filter((p) => !p.includes('podTemplate') || p[p.length - 1] === 'podTemplate').map(genericPath));
  for (const extra of ['metadata.name', 'metadata.namespace', 'metadata.labels', 'metadata.annotations', 'spec.jobReference', 'spec.savepoint', 'spec.checkpoint']) generic.add(extra);
  assert.deepEqual(Object.keys(flinkFields).filter((k) => !generic.has(k)), []);
});

test('the lookup: JobManager and TaskManager share texts, pod template fields by parent, the main container named', () => {
  assert.equal(fieldDoc(['spec', 'jobManager', 'replicas']), fieldDoc(['spec', 'taskManager', 'replicas']));
  assert.match(fieldDoc(['spec', 'taskManager', 'podTemplate', 'spec', 'containers', 0, 'name']) ?? '', /flink-main-container/);
  assert.notEqual(fieldDoc(['spec', 'podTemplate', 'spec', 'volumes', 0, 'name']), fieldDoc(['spec', 'podTemplate', 'spec', 'containers', 0, 'name']));
  assert.match(fieldDoc(['spec', 'template', 'spec', 'job', 'upgradeMode']) ?? '', /stateless/, 'a blue/green template reads like a deployment');
  assert.match(valueDoc(['spec', 'job', 'upgradeMode'], 'last-state') ?? '', /checkpoint directory/);
});
