import { test } from 'node:test';
import { checkFix, checkRule, yaml } from '../../support/rules';

const RULE = 'resource-name';

test('rejects names the operator rejects; quiet on valid ones', () => {
  checkRule(RULE, yaml`
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    metadata:
      name: Orders_Job.v2
    #       ^^^^^^^^^^^^^ 💡 error resource-name: metadata.name "Orders_Job.v2" is rejected by the operator
    ---
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    metadata:
      name: a-very-long-name-that-goes-on-and-on-and-on-and-on
    #       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ 💡 error resource-name: metadata.name "a-very-long-name-that-goes-on-and-on-and-on-and-on" is rejected by the operator: it has 50 characters
    ---
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    metadata:
      name: orders-job-v2
  `);
});

test('session jobs need a valid deploymentName', () => {
  checkRule(RULE, yaml`
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkSessionJob
    #     ^^^^^^^^^^^^^^^ error resource-name: spec.deploymentName is missing
    metadata:
      name: job
    spec:
      job: { jarURI: "https://example.com/job.jar", parallelism: 1 }
    ---
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkSessionJob
    metadata:
      name: job2
    spec:
      deploymentName: My.Session
    #                 ^^^^^^^^^^ 💡 error resource-name: spec.deploymentName "My.Session"
  `);
});

test('fix: rename to a valid name', () => {
  const before = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: "Orders_Job" # keep me\n';
  checkFix(RULE, before, 'Rename to "orders-job"', before.replace('"Orders_Job"', '"orders-job"'));
});

test('${NAME} placeholders (envsubst, Flux substitution) are filled in before apply, so not judged', () => {
  checkRule(RULE, 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: ${APP_NAME}\n');
  checkRule(RULE, 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkSessionJob\nmetadata:\n  name: job\nspec:\n  deploymentName: ${SESSION}-cluster\n  job: { jarURI: "https://example.com/a.jar" }\n');
});
