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
