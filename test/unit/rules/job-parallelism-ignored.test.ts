import { test } from 'node:test';
import { checkFix, checkRule, yaml } from '../../support/rules';

const RULE = 'job-parallelism-ignored';

const conflicting = yaml`
  apiVersion: flink.apache.org/v1beta1
  kind: FlinkDeployment
  metadata:
    name: demo
  spec:
    flinkVersion: v1_20
    flinkConfiguration:
      taskmanager.numberOfTaskSlots: "2"
    taskManager:
      replicas: 2 # two pods
      resource: { memory: 2g, cpu: 1 }
    job:
      jarURI: local:///opt/app.jar
      parallelism: 10 # what the user wants
  #                ^^ 💡 warning job-parallelism-ignored: job.parallelism 10 is ignored: taskManager.replicas is set, so the job runs at replicas × slots = 4.
`;

test('fires when replicas and job.parallelism disagree', () => {
  checkRule(RULE, conflicting);
});

test('is info when they agree (redundant)', () => {
  checkRule(RULE, yaml`
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    metadata: { name: demo }
    spec:
      flinkVersion: v1_20
      taskManager:
        replicas: 3
      job:
        parallelism: 3
    #                ^ 💡 info job-parallelism-ignored: job.parallelism 3 is redundant
  `);
});

test('is quiet without replicas, with parallelism 0, and for session clusters', () => {
  checkRule(RULE, yaml`
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    metadata: { name: a }
    spec:
      job:
        parallelism: 3
    ---
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    metadata: { name: b }
    spec:
      taskManager: { replicas: 2 }
      job: { parallelism: 0 }
    ---
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    metadata: { name: c }
    spec:
      taskManager: { replicas: 2 }
  `);
});

test('fix: remove job.parallelism keeps every comment', () => {
  checkFix(RULE, conflicting, 'Remove job.parallelism', conflicting.replace('    parallelism: 10 # what the user wants\n', '    # what the user wants\n'));
});

test('fix: set replicas to ceil(parallelism / slots)', () => {
  const after = conflicting.replace('replicas: 2 # two pods', 'replicas: 5 # two pods').replace('    parallelism: 10 # what the user wants\n', '    # what the user wants\n');
  checkFix(RULE, conflicting, 'Set taskManager.replicas to 5', after);
});

test('fix: remove replicas in native mode so job.parallelism decides', () => {
  checkFix(RULE, conflicting, 'Remove taskManager.replicas', conflicting.replace('    replicas: 2 # two pods\n', '    # two pods\n'));
});
