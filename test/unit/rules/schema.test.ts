import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'schema';

test('enum values, types, unknown and misplaced fields, duplicate keys', () => {
  checkRule(RULE, valid().replace('  flinkVersion: v1_20\n', '  flinkVersion: v1.17\n#               ^^^^^ 💡 error schema: spec.flinkVersion "v1.17" is not one of v1_13, v1_14, v1_15, v1_16, v1_17, v1_18, v1_19, v1_20, v2_0, v2_1, v2_2, v2_3, v2_4; did you mean v1_17?\n').replace('  taskManager:\n', '  taskManager:\n    replicas: "2"\n#             ^^^ 💡 error schema: spec.taskManager.replicas: the API server rejects the string "2" where an integer is expected.\n').replace('    parallelism: 4\n', '    parallelism: 4\n    className: com.example.Main\n#   ^^^^^^^^^ 💡 warning schema: spec.job has no field "className" (the API server drops it). Did you mean "entryClass"?\n'));
  checkRule(RULE, valid().replace('    resource: { memory: 4096m, cpu: 2 }\n', '    resource:\n      memory: 4096m\n      podTemplate: {}\n#     ^^^^^^^^^^^ warning schema: "podTemplate" does not belong under spec.taskManager.resource\n'));
  checkRule(RULE, valid('  image: flink:1.19\n#^^^^^ error schema: "image" appears twice'.replace('#^^^^^', '# ^^^^^')));
  checkRule(RULE, valid());
  checkRule(RULE, valid().replace('apiVersion: flink.apache.org/v1beta1', 'apiVersion: flink.apache.org/v1alpha1\n#           ^^^^^^^^^^^^^^^^^^^^^^^^^ 💡 error schema: apiVersion "flink.apache.org/v1alpha1" must be flink.apache.org/v1beta1.'));
});

test('templated values are not checked', () => {
  checkRule(RULE, valid().replace('  taskManager:\n', '  taskManager:\n    replicas: {{ .Values.replicas }}\n').replace('  flinkVersion: v1_20\n', '  flinkVersion: {{ .Values.flinkVersion | quote }}\n'));
});

test('fixes: closest enum value, a number written as one, alias rename', () => {
  checkFix(RULE, valid().replace('v1_20', 'v1.20'), 'Change to v1_20', valid());
  const quoted = valid().replace('  taskManager:\n', '  taskManager:\n    replicas: "2"\n');
  checkFix(RULE, quoted, 'Write 2 as a number', quoted.replace('"2"\n    resource', '2\n    resource'));
  const alias = valid().replace('    parallelism: 4\n', '    parallelism: 4\n    className: com.example.Main\n');
  checkFix(RULE, alias, 'Rename to entryClass', alias.replace('className', 'entryClass'));
});

test('EMR on EKS fields are known on EMR resources (emrReleaseLabel or executionRoleArn), unknown elsewhere', () => {
  const storageDir = (note = '') => `    storageDir: s3://bucket/ha\n${note}    highAvailabilityEnabled: true\n    resource: { memory: 2048m, cpu: 1 }\n`;
  const emr = valid()
    .replace('  image: flink:1.20\n', '  emrReleaseLabel: emr-7.2.0-flink-latest\n  executionRoleArn: arn:aws:iam::111122223333:role/flink-job\n  monitoringConfiguration:\n    cloudWatchMonitoringConfiguration: { logGroupName: /aws/emr-flink }\n')
    .replace('    resource: { memory: 2048m, cpu: 1 }\n', storageDir());
  checkRule(RULE, emr);
  checkRule(RULE, valid().replace('    resource: { memory: 2048m, cpu: 1 }\n', storageDir('#   ^^^^^^^^^^ warning schema: spec.jobManager has no field "storageDir"\n')).replace('    highAvailabilityEnabled: true\n', '    highAvailabilityEnabled: true\n#   ^^^^^^^^^^^^^^^^^^^^^^^ warning schema: spec.jobManager has no field "highAvailabilityEnabled"\n'));
});

test('keys a Helm range writes ({{ $key }}: ...) are not reported as unknown fields', () => {
  checkRule(RULE, valid().replace('  serviceAccount: flink\n', '  serviceAccount: flink\n  {{- range $k, $v := .Values.extraSpec }}\n  {{ $k }}: {{ $v }}\n  {{- end }}\n'));
});
