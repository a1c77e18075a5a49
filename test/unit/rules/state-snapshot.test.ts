import { test } from 'node:test';
import { checkRule, yaml } from '../../support/rules';

const RULE = 'state-snapshot';

test('exactly one of checkpoint and savepoint, and a job reference', () => {
  checkRule(RULE, yaml`
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkStateSnapshot
    metadata: { name: a }
    spec:
      jobReference: { kind: FlinkDeployment, name: job }
      checkpoint: {}
    # ^^^^^^^^^^ error state-snapshot: Set exactly one of spec.checkpoint and spec.savepoint.
      savepoint: {}
    ---
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkStateSnapshot
    metadata: { name: b }
    spec:
      savepoint: { path: s3://b/sp }
    # ^^^^^^^^^ error state-snapshot: spec.jobReference (kind and name
    ---
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkStateSnapshot
    metadata: { name: c }
    spec:
      savepoint: { path: s3://b/sp, alreadyExists: true }
    ---
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkStateSnapshot
    metadata: { name: d }
    spec:
      jobReference: { kind: FlinkDeployment, name: job }
      checkpoint: {}
  `);
});
