/**
 * What is and is not a change once the operator has read the YAML: formatting, quoting, flat or
 * nested flinkConfiguration, key order, comments, Java defaults, quantities, fields the API
 * server drops, aliases and templates.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { change, changes } from '../../support/changes';

const head = `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: orders
spec:
  image: flink:1.20
  flinkVersion: v1_20
  serviceAccount: flink
`;

const flat = `${head}  flinkConfiguration:
    taskmanager.numberOfTaskSlots: "2"
    execution.checkpointing.interval: 30 s
  job:
    jarURI: local:///opt/job.jar
    parallelism: 4
`;

test('flat ⇄ nested flinkConfiguration, quoting, key order and comments are no change', () => {
  const nested = `# reformatted
${head}  job: { parallelism: 4, jarURI: "local:///opt/job.jar" }   # flow style
  flinkConfiguration:
    execution:
      checkpointing:
        interval: 30 s # same value
    taskmanager:
      numberOfTaskSlots: 2
`;
  assert.deepEqual(changes(flat, nested), []);
});

test('writing a Java default explicitly is no change: job.state running, upgradeMode stateless, jobManager replicas 1', () => {
  const explicit = flat.replace('    parallelism: 4\n', '    parallelism: 4\n    state: running\n    upgradeMode: stateless\n    args: []\n') + '  jobManager:\n    replicas: 1\n';
  const withJm = `${flat}  jobManager: {}\n`;
  assert.deepEqual(changes(withJm, explicit), []);
});

test('an explicit mode: native is a change (the operator compares null with NATIVE) but not a rejection', () => {
  const c = change(flat, flat.replace('  serviceAccount: flink\n', '  serviceAccount: flink\n  mode: native\n'));
  assert.equal(c.class, 'upgrade');
  assert.deepEqual(c.fields.map((f) => f.path), ['spec.mode']);
});

test('resources quantities compare by amount (2Gi = 2048Mi); the deprecated resource.memory compares as text', () => {
  const res = (m: string) => `${flat}  taskManager:\n    resources:\n      requests: { memory: ${m}, cpu: 1 }\n`;
  assert.deepEqual(changes(res('2Gi'), res('2048Mi')), []);
  assert.deepEqual(changes(res('1'), res('"1000m"').replace('cpu: 1', 'cpu: "1000m"')), []);
  const old = (m: string) => `${flat}  taskManager:\n    resource: { memory: ${m}, cpu: 1.0 }\n`;
  assert.equal(change(old('2048m'), old('2g')).class, 'upgrade');
  assert.deepEqual(changes(old('2048m'), old('2048m').replace('cpu: 1.0', 'cpu: 1')), [], 'cpu is a number: 1.0 = 1');
});

test('fields the CRD does not declare are dropped by the API server: a typo is no change', () => {
  assert.deepEqual(changes(flat, flat.replace('  job:\n', '  taskManger:\n    replicas: 3\n  job:\n')), []);
  assert.deepEqual(changes(flat, flat.replace('    parallelism: 4\n', '    parallelism: 4\n    paralelism: 8\n')), []);
});

test('null values are pruned: an empty key is the same as no key', () => {
  assert.deepEqual(changes(flat, `${flat}  podTemplate:\n  ingress: ~\n`), []);
});

test('aliases and merge keys count as written', () => {
  const anchored = `${head}  flinkConfiguration: &conf
    taskmanager.numberOfTaskSlots: "2"
    execution.checkpointing.interval: 30 s
  job:
    jarURI: local:///opt/job.jar
    parallelism: 4
`;
  assert.deepEqual(changes(flat, anchored), []);
  const merged = `${head}  flinkConfiguration:
    <<: { taskmanager.numberOfTaskSlots: "2" }
    execution.checkpointing.interval: 30 s
  job:
    jarURI: local:///opt/job.jar
    parallelism: 4
`;
  assert.deepEqual(changes(flat, merged), []);
});

test('a templated value equals only the same template; a changed template is a change of its field', () => {
  const helm = (v: string) => flat.replace('image: flink:1.20', `image: {{ ${v} }}`);
  assert.deepEqual(changes(helm('.Values.image'), helm('.Values.image')), []);
  const c = change(helm('.Values.image'), helm('.Values.otherImage'));
  assert.equal(c.class, 'upgrade');
  assert.deepEqual(c.fields.map((f) => f.path), ['spec.image']);
});

test('nothing to compare: a file without Flink resources, or two empty texts', () => {
  assert.deepEqual(changes('kind: ConfigMap\nmetadata: {name: a}\n', 'kind: ConfigMap\nmetadata: {name: b}\n'), []);
  assert.deepEqual(changes('', ''), []);
});
