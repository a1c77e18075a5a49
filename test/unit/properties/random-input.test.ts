/**
 * Random inputs: arbitrary YAML values, Flink resources with random values in every field the
 * projection reads, every corpus file cut at random places, and random bytes. The invariants of
 * test/support/invariants.ts hold for each, and fixes on them are safe.
 */

import { test } from 'node:test';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { analyzeChecked, featuresAt, fixesAreSafe } from '../../support/invariants';
import { flinkCorpus } from '../../support/corpus-files';
import { budget } from '../../support/fuzz';

const scalar = fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.double({ noNaN: false }), fc.constantFrom('2g', '1024m', '1.5Gi', '512Mi', '0', '-1', '1e3', 'abc', '', '2 gb', '0.5', '100%', '{{ .Values.x }}', 'v1_20', 'native', 'standalone', 'last-state', 'true'), fc.boolean(), fc.constant(null), fc.string({ maxLength: 10 }));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const resources = fc.record({ memory: maybe(scalar), cpu: maybe(scalar), 'ephemeral-storage': maybe(scalar) }, { requiredKeys: [] });
const role = fc.record({ replicas: maybe(scalar), resource: maybe(fc.oneof(resources, scalar)), resources: maybe(fc.record({ requests: maybe(resources), limits: maybe(resources) }, { requiredKeys: [] })) }, { requiredKeys: [] });
const config = fc.dictionary(fc.constantFrom('taskmanager.numberOfTaskSlots', 'parallelism.default', 'taskmanager.memory.process.size', 'taskmanager.memory.flink.size', 'taskmanager.memory.managed.fraction', 'taskmanager.memory.network.fraction', 'taskmanager.memory.network.min', 'jobmanager.memory.process.size', 'jobmanager.memory.heap.size', 'kubernetes.taskmanager.cpu.amount', 'job.autoscaler.enabled', 'high-availability.type', 'execution.checkpointing.interval', 'state.backend.type', 'taskmanager.memory.jvm-overhead.min'), scalar);
const spec = fc.record({
  image: maybe(scalar), flinkVersion: maybe(scalar), mode: maybe(scalar), serviceAccount: maybe(scalar), deploymentName: maybe(scalar),
  flinkConfiguration: maybe(fc.oneof(config, scalar)), jobManager: maybe(fc.oneof(role, scalar)), taskManager: maybe(fc.oneof(role, scalar)),
  job: maybe(fc.oneof(fc.record({ jarURI: maybe(scalar), parallelism: maybe(scalar), upgradeMode: maybe(scalar), state: maybe(scalar), args: maybe(fc.array(scalar, { maxLength: 3 })) }, { requiredKeys: [] }), scalar)),
}, { requiredKeys: [] });
const resource = fc.record({
  apiVersion: fc.constantFrom('flink.apache.org/v1beta1', 'flink.apache.org/v1alpha1'),
  kind: fc.constantFrom('FlinkDeployment', 'FlinkSessionJob', 'FlinkBlueGreenDeployment', 'FlinkStateSnapshot'),
  metadata: fc.record({ name: scalar, namespace: maybe(scalar) }, { requiredKeys: ['name'] }),
  spec: maybe(fc.oneof(spec, scalar)),
});
const stringifyOrEmpty = (v: unknown) => stringify(v, { aliasDuplicateObjects: false });

test('Flink resources with random values in every field the projection reads', () => {
  fc.assert(
    fc.property(fc.array(resource, { minLength: 1, maxLength: 3 }), fc.double({ min: 0, max: 1, noNaN: true }), (docs, where) => {
      const text = docs.map(stringifyOrEmpty).join('---\n');
      const result = analyzeChecked(text);
      featuresAt(text, result, Math.floor(where * text.length));
      fixesAreSafe(text, result, 10);
    }),
    budget(150),
  );
});

test('arbitrary YAML values, with and without a Flink header', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, flink) => {
      const body = stringifyOrEmpty(value);
      analyzeChecked(flink ? `apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nspec:\n${body.replace(/^/gm, '  ')}` : body);
    }),
    budget(150),
  );
});

test('every corpus file cut at random places', () => {
  const files = flinkCorpus();
  fc.assert(
    fc.property(fc.constantFrom(...files), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (file, a, b) => {
      const [from, to] = [a, b].map((x) => Math.floor(x * file.text.length)).sort((x, y) => x! - y!) as [number, number];
      for (const text of [file.text.slice(0, to), file.text.slice(from), file.text.slice(0, from) + file.text.slice(to)]) {
        const result = analyzeChecked(text);
        featuresAt(text, result, Math.floor(text.length / 2));
      }
    }),
    budget(100),
  );
});

test('random bytes and random text', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), fc.string({ maxLength: 300, unit: 'binary' }), (bytes, text) => {
      analyzeChecked(Buffer.from(bytes).toString('latin1'));
      analyzeChecked(new TextDecoder().decode(bytes));
      analyzeChecked(text);
      analyzeChecked(`apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\n${text}`);
    }),
    budget(150),
  );
});
