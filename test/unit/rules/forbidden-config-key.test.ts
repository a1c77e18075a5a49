import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'forbidden-config-key';

test('reports keys only the operator may set', () => {
  checkRule(RULE, valid().replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    kubernetes.cluster-id: mine\n#   ^^^^^^^^^^^^^^^^^^^^^ 💡 error forbidden-config-key: kubernetes.cluster-id cannot be set here\n    high-availability:\n      cluster-id: x\n#     ^^^^^^^^^^ error forbidden-config-key: high-availability.cluster-id cannot be set here\n'));
  checkRule(RULE, valid());
});

test('fix: remove the key, keeping its comment', () => {
  const slots = '    taskmanager.numberOfTaskSlots: "2"\n';
  const before = valid().replace(slots, `${slots}    kubernetes.namespace: other # no\n`);
  checkFix(RULE, before, 'Remove kubernetes.namespace', valid().replace(slots, `${slots}    # no\n`));
});
