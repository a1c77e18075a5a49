/**
 * The effective configuration (issue 12 §4): what the operator hands to Flink, key by key, with
 * where each value came from (flink-semantics.md §2.1-2.2 and the §11 vectors), and
 * `flink-k8s config` on real files.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, DEFAULT_OPTIONS } from '../../server/src/core/analysis';
import { effectiveConfigurations } from '../../server/src/core/effective-config';
import { EffectiveKey } from '../../server/src/core/effective-config/types';
import { DELETE, deploymentYaml, Change } from '../support/fixture';

function configOf(text: string, operatorDefaults: Record<string, string> = {}, operatorVersion = '1.16'): Map<string, EffectiveKey> {
  const options = { ...DEFAULT_OPTIONS, operatorVersion, operatorDefaults };
  const a = analyze(text, options);
  const [first] = effectiveConfigurations('x.yaml', a, a.resources.map((r) => r.resource), options);
  return new Map((first?.config.keys ?? []).map((k) => [k.key, k]));
}

const deployment = (changes: Change) => configOf(deploymentYaml(changes));
const value = (keys: Map<string, EffectiveKey>, key: string) => keys.get(key)?.value;

test('TV-2: replicas × slots becomes parallelism.default and replaces what flinkConfiguration says', () => {
  const keys = deployment({ 'spec/taskManager/replicas': 3, 'spec/flinkConfiguration/taskmanager.numberOfTaskSlots': '4', 'spec/flinkConfiguration/parallelism.default': '8', 'spec/job/parallelism': 2 });
  const p = keys.get('parallelism.default');
  assert.equal(p?.value, '12');
  assert.equal(p?.origin.kind, 'operator');
  assert.deepEqual(p?.overwrote.map((v) => [v.value, v.origin.kind]), [['8', 'resource'], ['1', 'flink-default']]);
  assert.equal(value(keys, 'execution.shutdown-on-application-finish'), 'false');
  assert.equal(value(keys, 'execution.submit-failed-job-on-application-error'), 'true');
  assert.equal(value(keys, 'pipeline.name'), 'test-cluster');
  assert.equal(value(keys, 'execution.target'), 'kubernetes-application');
  assert.equal(value(keys, 'pipeline.jars'), 'local:///tmp/sample.jar');
  assert.equal(value(keys, 'kubernetes.internal.taskmanager.replicas'), '3');
  assert.deepEqual([value(keys, 'kubernetes.namespace'), value(keys, 'kubernetes.cluster-id'), value(keys, 'high-availability.cluster-id')], ['flink-operator-test', 'test-cluster', 'test-cluster']);
});

test('TV-3: last-state gets a 5 min checkpoint interval only when none is set', () => {
  assert.equal(value(deployment({ 'spec/job/upgradeMode': 'last-state' }), 'execution.checkpointing.interval'), '5 min');
  const own = deployment({ 'spec/job/upgradeMode': 'last-state', 'spec/flinkConfiguration/execution.checkpointing.interval': '30 s' }).get('execution.checkpointing.interval');
  assert.deepEqual([own?.value, own?.origin.kind, own?.ignored?.value], ['30 s', 'resource', '5 min']);
});

test('TV-4/TV-5: job args, entry class and allowNonRestoredState; the spec wins over flinkConfiguration', () => {
  const keys = deployment({ 'spec/job/args': ['--test', '123'], 'spec/job/entryClass': 'a.Main', 'spec/job/allowNonRestoredState': false, 'spec/flinkConfiguration/execution.savepoint.ignore-unclaimed-state': 'true' });
  assert.equal(value(keys, '$internal.application.program-args'), '--test;123');
  assert.equal(value(keys, '$internal.application.main'), 'a.Main');
  const ignore = keys.get('execution.savepoint.ignore-unclaimed-state');
  assert.deepEqual([ignore?.value, ignore?.overwrote[0]?.value], ['false', 'true']);
});

test('TV-13, TV-19: memory, cpu, replicas and limit factors as the operator writes them', () => {
  const keys = deployment({ 'spec/jobManager': { replicas: 2, resource: { cpu: 1.0, memory: '2048m' } } });
  assert.deepEqual([value(keys, 'jobmanager.memory.process.size'), value(keys, 'kubernetes.jobmanager.cpu.amount'), value(keys, 'kubernetes.jobmanager.replicas')], ['2 gb', '1.0', '2']);
  const limits = deployment({ 'spec/jobManager/resources': { requests: { memory: '1Gi', cpu: '500m' }, limits: { memory: '2048Mi', cpu: '1' } } });
  assert.deepEqual([value(limits, 'jobmanager.memory.process.size'), value(limits, 'kubernetes.jobmanager.cpu.amount'), value(limits, 'kubernetes.jobmanager.memory.limit-factor'), value(limits, 'kubernetes.jobmanager.cpu.limit-factor')], ['1073741824', '0.5', '2.0', '2.0']);
});

test('TV-6: standalone applications: remote target, cluster mode, classpath with file:', () => {
  const keys = deployment({ 'spec/mode': 'standalone', 'spec/taskManager/replicas': 3, 'spec/job/jarURI': 'local:///flink/opt/StateMachine.jar' });
  assert.deepEqual([value(keys, 'execution.target'), value(keys, 'kubernetes.internal.cluster-mode'), value(keys, 'pipeline.classpaths'), value(keys, 'kubernetes.internal.taskmanager.replicas')], ['remote', 'APPLICATION', 'file:///flink/opt/StateMachine.jar', '3']);
  assert.equal(keys.has('pipeline.jars'), false);
  const sized = deployment({ 'spec/mode': 'standalone', 'spec/job/parallelism': 10 });
  assert.equal(value(sized, 'kubernetes.internal.taskmanager.replicas'), '5');
});

test('before Flink 1.17 the operator writes the old image and cpu keys', () => {
  const keys = deployment({ 'spec/flinkVersion': 'v1_16' });
  assert.equal(value(keys, 'kubernetes.container.image'), 'flink:latest');
  assert.equal(keys.has('kubernetes.container.image.ref'), false);
  assert.equal(value(keys, 'kubernetes.jobmanager.cpu'), '1.0');
  assert.equal(value(keys, 'taskmanager.memory.network.max'), '1 gb');
});

test('§2.1: operator defaults, then namespace defaults, then Flink-version defaults; the resource beats them all', () => {
  const defaults = {
    'taskmanager.numberOfTaskSlots': '2',
    'kubernetes.operator.default-configuration.namespace.flink-operator-test.taskmanager.numberOfTaskSlots': '3',
    'kubernetes.operator.default-configuration.flink-version.v1_18+.taskmanager.numberOfTaskSlots': '4',
    'kubernetes.operator.default-configuration.flink-version.v1_20.taskmanager.numberOfTaskSlots': '5',
    'kubernetes.operator.default-configuration.flink-version.v2_0+.taskmanager.numberOfTaskSlots': '9',
  };
  const text = deploymentYaml({ 'spec/flinkConfiguration/taskmanager.numberOfTaskSlots': DELETE });
  const slots = configOf(text, defaults).get('taskmanager.numberOfTaskSlots');
  assert.equal(slots?.value, '5');
  assert.match(slots?.origin.text ?? '', /default for Flink v1_20/);
  assert.deepEqual(slots?.overwrote.map((v) => v.value), ['1']);
  // The projection uses the same layers: 1 TaskManager replica of 5 slots.
  const a = analyze(deploymentYaml({ 'spec/flinkConfiguration/taskmanager.numberOfTaskSlots': DELETE, 'spec/taskManager/replicas': 1 }), { ...DEFAULT_OPTIONS, operatorDefaults: defaults });
  assert.equal(a.resources[0]?.projection?.parallelism.value, 5);
});

test('the Helm chart\'s 1 slot and parallelism 1 are defaults before operator 1.16 only, in the listing and in the projection\'s reasons alike', () => {
  // Before: the projection called the slot count "the operator's default configuration" on 1.16
  // too, while this listing (rightly, §0.1) said it was Flink's default there.
  const text = deploymentYaml({ 'spec/flinkConfiguration/taskmanager.numberOfTaskSlots': DELETE });
  for (const [operatorVersion, kind, reason] of [['1.15', 'operator-default', 'the operator Helm chart\'s default "taskmanager.numberOfTaskSlots"'], ['1.16', 'flink-default', 'Flink default of 1 slot']] as const) {
    assert.equal(configOf(text, {}, operatorVersion).get('taskmanager.numberOfTaskSlots')?.origin.kind, kind, operatorVersion);
    assert.equal(analyze(text, { ...DEFAULT_OPTIONS, operatorVersion }).resources[0]?.projection?.slotsPerTaskManager.reason, reason, operatorVersion);
  }
});

test('a session job: its cluster\'s configuration, its own on top, and the job defaults under its own name', () => {
  const cluster = deploymentYaml({ 'spec/job': DELETE, 'metadata/name': 'session' });
  const job = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkSessionJob\nmetadata: { name: orders, namespace: flink-operator-test }\nspec:\n  deploymentName: session\n  flinkConfiguration: { taskmanager.numberOfTaskSlots: "6" }\n  job: { jarURI: "https://example.com/a.jar", parallelism: 3, upgradeMode: last-state }\n';
  const options = { ...DEFAULT_OPTIONS };
  const a = analyze(`${cluster}---\n${job}`, options);
  const located = effectiveConfigurations('x.yaml', a, a.resources.map((r) => r.resource), options);
  const keys = new Map((located[1]?.config.keys ?? []).map((k) => [k.key, k]));
  assert.equal(value(keys, 'execution.target'), 'kubernetes-session');
  assert.equal(value(keys, 'kubernetes.cluster-id'), 'session');
  assert.deepEqual([value(keys, 'taskmanager.numberOfTaskSlots'), keys.get('taskmanager.numberOfTaskSlots')?.overwrote[0]?.origin.kind], ['6', 'session-cluster']);
  assert.deepEqual([value(keys, 'pipeline.name'), value(keys, 'execution.checkpointing.interval'), value(keys, 'parallelism.default')], ['orders', '5 min', '3']);
  const alone = analyze(job);
  const missing = effectiveConfigurations('x.yaml', alone, alone.resources.map((r) => r.resource), options)[0];
  assert.match(missing?.config.notes.join(' ') ?? '', /session cluster is unknown/);
});

test('flink-k8s config: YAML with a comment per key, and JSON', () => {
  const root = path.join(__dirname, '..', '..', '..');
  const run = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'bin', 'flink-k8s.js'), 'config', ...args], { cwd: root, encoding: 'utf8' });
  const yaml = run('examples/01-native-replicas.yaml');
  assert.equal(yaml.status, 0, yaml.stderr);
  assert.match(yaml.stdout, /^# Effective flinkConfiguration of FlinkDeployment flink\/clickstream-sessionizer \(examples\/01-native-replicas\.yaml:7\), operator 1\.16, Flink v1_20\./);
  assert.match(yaml.stdout, /^"parallelism.default": "6"  # set by the operator: spec.taskManager.replicas 3 × 2 slots per TaskManager \(line \d+\); replaces "1" from Flink default$/m);
  const json = JSON.parse(run('--format', 'json', 'examples/').stdout) as { resources: Array<{ name: string; keys: Array<{ key: string; source: string }> }> };
  assert.ok(json.resources.length >= 8);
  assert.ok(json.resources.every((r) => r.keys.some((k) => k.key === 'kubernetes.cluster-id' && k.source === 'operator')));
  assert.equal(run('--format', 'text', 'examples/').status, 2);
});

test('templated values are listed as unknown, never guessed', () => {
  const text = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'flink-real', 'helm-template-whole-resource-guard.yaml'), 'utf8');
  const keys = configOf(text);
  const image = keys.get('kubernetes.container.image.ref');
  assert.deepEqual([image?.value, image?.unknown], [null, 'set by a template expression']);
  assert.equal(keys.get('kubernetes.cluster-id')?.value, null);
  assert.equal(value(keys, 'parallelism.default'), '6');
  assert.equal(value(keys, 'state.backend.type'), 'rocksdb');
});

test('flink-k8s config says each reason a value is unknown once, and each key points at it', () => {
  const root = path.join(__dirname, '..', '..', '..');
  const out = spawnSync(process.execPath, [path.join(root, 'bin', 'flink-k8s.js'), 'config', 'examples/helm-chart/templates/flinkdeployment.yaml'], { cwd: root, encoding: 'utf8' }).stdout;
  const lines = out.split('\n');
  assert.equal(lines.filter((l) => l.includes('set by a template expression')).length, 1, out);
  assert.equal(lines.filter((l) => l.includes('metadata.name is not known')).length, 1, out);
  assert.match(out, /^# Values shown as null are unknown:\n# {3}\[1\] set by a template expression\n# {3}\[2\] metadata\.name is not known \(a template or missing\)$/m);
  assert.match(out, /^"jobmanager\.memory\.process\.size": null {2}# unknown \[1\] \(spec\.jobManager\.resource\.memory\), set by the operator: spec\.jobManager \(line \d+\)$/m);
  // The operator's note that repeated the reason keeps only the field.
  assert.match(out, /^"parallelism\.default": null {2}# unknown \[1\], set by the operator: spec\.taskManager\.replicas \(line \d+\); replaces "1" from Flink default$/m);
  assert.match(out, /^"pipeline\.name": null {2}# unknown \[2\], set by the operator: metadata\.name$/m);
  const known = spawnSync(process.execPath, [path.join(root, 'bin', 'flink-k8s.js'), 'config', 'examples/01-native-replicas.yaml'], { cwd: root, encoding: 'utf8' }).stdout;
  assert.doesNotMatch(known, /unknown/);
});
