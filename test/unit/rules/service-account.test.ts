import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'service-account';
const without = valid().replace('  serviceAccount: flink\n', '');

test('a FlinkDeployment needs a service account', () => {
  checkRule(RULE, without.replace('kind: FlinkDeployment\n', 'kind: FlinkDeployment\n#     ^^^^^^^^^^^^^^^ 💡 error service-account: spec.serviceAccount is missing\n'));
  checkRule(RULE, valid());
});

test('fix: add serviceAccount flink', () => {
  checkFix(RULE, without, 'Set serviceAccount to "flink"', without.replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n').replace(/(  job:\n(?:    .*\n)*)$/, '$1  serviceAccount: flink\n'));
});

test('EMR on EKS creates the account from executionRoleArn', () => {
  checkRule(RULE, without.replace('  image: flink:1.20\n', '  emrReleaseLabel: emr-7.2.0-flink-latest\n  executionRoleArn: arn:aws:iam::111122223333:role/flink-job\n'));
});
