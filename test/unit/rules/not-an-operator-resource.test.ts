import { test } from 'node:test';
import { checkFix, checkRule, yaml } from '../../support/rules';

const RULE = 'not-an-operator-resource';

test('look-alike kinds, versions and other operators', () => {
  checkRule(RULE, yaml`
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkCluster
    #     ^^^^^^^^^^^^ 💡 warning not-an-operator-resource: FlinkCluster is not a kind of the Flink Kubernetes Operator
    ---
    apiVersion: flinkoperator.k8s.io/v1beta1
    #           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ info not-an-operator-resource: flinkoperator.k8s.io/v1beta1 FlinkCluster belongs to the Google Cloud Flink operator
    kind: FlinkCluster
    ---
    apiVersion: apps/v1
    kind: Deployment
  `);
});

test('fix: the operator kind', () => {
  const before = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkJob # ours\n';
  checkFix(RULE, before, 'Change kind to FlinkSessionJob', before.replace('FlinkJob', 'FlinkSessionJob'));
});
