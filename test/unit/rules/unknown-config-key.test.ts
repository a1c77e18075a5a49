import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'unknown-config-key';
const config = (lines: string) => valid().replace('    taskmanager.numberOfTaskSlots: "2"\n', `    taskmanager.numberOfTaskSlots: "2"\n${lines}`);

test('typos get a did-you-mean; other unknown keys are info', () => {
  checkRule(RULE, config('    taskmanager.numberOfTaskslots: "4"\n#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning unknown-config-key: "taskmanager.numberOfTaskslots" is not a Flink or operator option, so it has no effect. Did you mean "taskmanager.numberOfTaskSlots"?\n    high-availability-storageDir: s3://b/ha\n#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ 💡 warning unknown-config-key: "high-availability-storageDir" is not a Flink or operator option, so it has no effect. Did you mean "high-availability.storageDir"?\n    my.app.topic: orders\n#   ^^^^^^^^^^^^ info unknown-config-key: "my.app.topic" is not a Flink or operator option\n'));
});

test('patterns, map prefixes and pass-through keys are known', () => {
  checkRule(RULE, config('    metrics.reporter.prom.factory.class: org.apache.flink.metrics.prometheus.PrometheusReporterFactory\n    s3.endpoint: http://minio:9000\n    fs.s3a.connection.maximum: "100"\n    kubernetes.jobmanager.annotations:\n      prometheus.io/scrape: "true"\n    containerized.master.env.TZ: UTC\n'));
});

test('fix: rename to the suggested key', () => {
  const typo = valid().replace('taskmanager.numberOfTaskSlots: "2"', 'taskmanager.numberOfTaskslots: "2" # slots');
  checkFix(RULE, typo, 'Rename to taskmanager.numberOfTaskSlots', valid().replace('"2"', '"2" # slots'));
});

test('keys written by a Helm range ({{ $key }}: {{ $value }}) are not reported', () => {
  checkRule(RULE, config('    {{- range $key, $value := .Values.flinkConfiguration }}\n    {{ $key }}: {{ $value | quote }}\n    {{- end }}\n'));
});

test('a real option of a later Flink release has no effect on the resource\'s release', () => {
  const pvc = (version: string) => valid().replace('flinkVersion: v1_20', `flinkVersion: ${version}`).replace('image: flink:1.20', `image: flink:${version.slice(1).replace('_', '.')}`).replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    kubernetes.persistent-volume-claims: data:/data\n');
  checkRule('unknown-config-key', pvc('v2_2').replace('    kubernetes.persistent-volume-claims: data:/data\n', '    kubernetes.persistent-volume-claims: data:/data\n#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning unknown-config-key: "kubernetes.persistent-volume-claims" has no effect on Flink 2.2: it comes with Flink 2.3.\n'));
  checkRule('unknown-config-key', pvc('v2_3'));
});

test('an operator release older than the catalog covers says nothing about when keys arrived', () => {
  const text = valid().replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    kubernetes.operator.periodic.savepoint.interval: 1h\n');
  checkRule('unknown-config-key', text, { operatorVersion: '1.10' });
});
