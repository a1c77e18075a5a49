import { test } from 'node:test';
import { checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'standalone-capacity';

test('standalone jobs that need more slots than the fixed TaskManagers have (§3.4)', () => {
  const base = valid('  mode: standalone\n').replace('  taskManager:\n', '  taskManager:\n    replicas: 2\n');
  checkRule(RULE, base.replace('    replicas: 2\n', '    replicas: 2\n#             ^ error standalone-capacity: The job needs 8 slots but the 2 standalone TaskManagers have 4; 4 slots are missing\n').replace('  job:\n', '  job:\n    # flink-k8s: slot-sharing-groups=default,default\n'));
  checkRule(RULE, base);
  checkRule(RULE, base.replace('  mode: standalone\n', '').replace('  job:\n', '  job:\n    # flink-k8s: slot-sharing-groups=default,default\n'));
});

test('a standalone session cluster whose session jobs need more slots than it has', () => {
  const cluster = valid('  mode: standalone\n', '').replace('  taskManager:\n', '  taskManager:\n    replicas: 1\n#             ^ error standalone-capacity: The session jobs found for this cluster need 5 slots but its 1 standalone TaskManagers have 2; 3 slots are missing.\n');
  const job = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkSessionJob\nmetadata: { name: j }\nspec:\n  deploymentName: demo\n  job: { parallelism: 5 }\n';
  checkRule(RULE, `${cluster}---\n${job}`);
});
