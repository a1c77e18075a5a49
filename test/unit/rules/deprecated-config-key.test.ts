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

const on = (version: string, lines: string) => config(lines).replace('flinkVersion: v1_20', `flinkVersion: ${version}`).replace('image: flink:1.20', `image: flink:${version.slice(1).replace('_', '.')}`);

test('deprecations follow the resource\'s Flink release: old names deprecated before 1.20 are reported on v1_18', () => {
  checkRule(RULE, on('v1_18', '    state.backend: rocksdb\n#   ^^^^^^^^^^^^^ 💡 warning deprecated-config-key: "state.backend" is deprecated; use "state.backend.type".\n    restart-strategy: fixed-delay\n#   ^^^^^^^^^^^^^^^^ 💡 warning deprecated-config-key: "restart-strategy" is deprecated; use "restart-strategy.type".\n'));
  // state.checkpoints.dir only became an old name in 1.20.
  checkRule(RULE, on('v1_18', '    state.checkpoints.dir: s3://b/c\n'));
});

test('operator and autoscaler keys do not depend on flinkVersion', () => {
  checkRule(RULE, on('v1_18', '    kubernetes.operator.job.autoscaler.enabled: "true"\n#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ 💡 warning deprecated-config-key: "kubernetes.operator.job.autoscaler.enabled" is deprecated; use "job.autoscaler.enabled".\n'));
  checkRule(RULE, on('v2_1', '    kubernetes.operator.job.autoscaler.enabled: "true"\n#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ 💡 warning deprecated-config-key: "kubernetes.operator.job.autoscaler.enabled" is deprecated; use "job.autoscaler.enabled".\n'));
});

test('fallback keys are not deprecated', () => {
  checkRule(RULE, on('v2_0', '    s3.access.key: AKIA\n    s3.secret.key: secret\n'));
});

test('a key the target release no longer reads is reported as removed', () => {
  checkRule(RULE, on('v2_3', '    execution.submit-failed-job-on-application-error: "true"\n#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning deprecated-config-key: "execution.submit-failed-job-on-application-error" has no effect on Flink 2.3: Flink 2.3 removed it.\n'));
  checkRule(RULE, on('v2_2', '    execution.submit-failed-job-on-application-error: "true"\n'));
  checkRule(RULE, on('v2_0', '    state.backend.rocksdb.checkpointdir: /tmp/rocks\n#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning deprecated-config-key: "state.backend.rocksdb.checkpointdir" has no effect on Flink 2.0: Flink 2.0 removed it.\n'));
  checkRule(RULE, on('v2_0', '    taskmanager.network.numberOfBuffers: "4096"\n#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning deprecated-config-key: "taskmanager.network.numberOfBuffers" has no effect on Flink 2.0: Flink 2.0 removed it.\n'));
});

test('§0.1: Flink 2.3 deprecates the jobstore.* keys for completed-application-store.*', () => {
  checkRule(RULE, on('v2_3', '    jobstore.max-capacity: "100"\n#   ^^^^^^^^^^^^^^^^^^^^^ 💡 warning deprecated-config-key: "jobstore.max-capacity" is deprecated; use "completed-application-store.max-capacity".\n'));
  checkRule(RULE, on('v2_2', '    jobstore.max-capacity: "100"\n'));
});
