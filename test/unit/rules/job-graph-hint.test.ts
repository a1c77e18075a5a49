import { test } from 'node:test';
import { checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

test('malformed and repeated hints are reported', () => {
  checkRule('job-graph-hint', valid('  # flink-k8s: slot-sharing-groups=default,lots\n# ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning job-graph-hint: Job-graph hint ignored: "lots" is not a group\n  # flink-k8s: slot-sharing-groups=2\n  # flink-k8s: slot-sharing-groups=3\n# ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning job-graph-hint: Only the first job-graph hint of a resource is used\n'));
  checkRule('job-graph-hint', valid('  # flink-k8s: slot-sharing-groups=default,=8\n'));
});
