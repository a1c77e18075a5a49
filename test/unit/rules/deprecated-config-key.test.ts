import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'deprecated-config-key';
const config = (lines: string) => valid().replace('    taskmanager.numberOfTaskSlots: "2"\n', `    taskmanager.numberOfTaskSlots: "2"\n${lines}`);

test('old names from Flink 1.20 on; both names set; legacy autoscaler prefix', () => {
  checkRule(RULE, config('    state.checkpoints.dir: s3://b/c\n#   ^^^^^^^^^^^^^^^^^^^^^ 💡 warning deprecated-config-key: "state.checkpoints.dir" is deprecated; use "execution.checkpointing.dir".\n    kubernetes.operator.job.autoscaler.enabled: "true"\n#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ 💡 warning deprecated-config-key: "kubernetes.operator.job.autoscaler.enabled" is deprecated; use "job.autoscaler.enabled".\n'));
  checkRule(RULE, config('    state.backend: rocksdb\n#   ^^^^^^^^^^^^^ warning deprecated-config-key: "state.backend" is an old name of "state.backend.type", which is also set and wins\n    state.backend.type: hashmap\n'));
  checkRule(RULE, config('    state.checkpoints.dir: s3://b/c\n').replace('v1_20', 'v1_19'));
});

test('fix: rename to the current key', () => {
  checkFix(RULE, config('    state.savepoints.dir: s3://b/s # savepoints\n'), 'Rename to execution.checkpointing.savepoint-dir', config('    execution.checkpointing.savepoint-dir: s3://b/s # savepoints\n'));
});

test('quiet when a template decides the Flink version: the chart may deploy one that still uses the old names', () => {
  checkRule(RULE, valid().replace('flinkVersion: v1_20', 'flinkVersion: {{ .Values.flinkVersion | default "v1_19" }}').replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    state.checkpoints.dir: s3://b/cp\n'));
});
