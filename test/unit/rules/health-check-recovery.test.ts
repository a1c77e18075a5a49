import { test } from 'node:test';
import { checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'health-check-recovery';
const config = (lines: string) => valid().replace('    taskmanager.numberOfTaskSlots: "2"\n', `    taskmanager.numberOfTaskSlots: "2"\n${lines}`);

test('health check without deployment recovery is rejected', () => {
  checkRule(RULE, config('    kubernetes.operator.cluster.health-check.enabled: "true"\n    kubernetes.operator.jm-deployment-recovery.enabled: "false"\n#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error health-check-recovery: kubernetes.operator.cluster.health-check.enabled needs kubernetes.operator.jm-deployment-recovery.enabled\n'));
  checkRule(RULE, config('    kubernetes.operator.cluster.health-check.enabled: "true"\n'));
  checkRule(RULE, config('    kubernetes.operator.jm-deployment-recovery.enabled: "false"\n'));
});
