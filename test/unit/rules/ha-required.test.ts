import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'ha-required';

test('standby JobManagers and rollback need HA', () => {
  checkRule(RULE, valid().replace('  jobManager:\n', '  jobManager:\n    replicas: 2\n#             ^ 💡 error ha-required: jobManager.replicas is 2, but standby JobManagers need high availability\n').replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    kubernetes.operator.deployment.rollback.enabled: "true"\n#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ 💡 error ha-required: Rollbacks need high availability\n'));
});

test('quiet with HA on (any type but NONE), with one JobManager, or when operator defaults turn HA on', () => {
  const two = valid().replace('  jobManager:\n', '  jobManager:\n    replicas: 2\n');
  checkRule(RULE, two.replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    high-availability.type: kubernetes\n'));
  checkRule(RULE, valid());
  checkRule(RULE, two, { operatorDefaults: { 'high-availability.type': 'kubernetes' } });
});

test('fixes: one JobManager, or Kubernetes HA', () => {
  const before = valid().replace('  jobManager:\n', '  jobManager:\n    replicas: 2 # standby\n');
  checkFix(RULE, before, 'Set jobManager.replicas to 1', before.replace('replicas: 2 # standby', 'replicas: 1 # standby'));
  checkFix(RULE, before, 'Enable Kubernetes high availability', before.replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    high-availability.type: kubernetes\n'));
});
