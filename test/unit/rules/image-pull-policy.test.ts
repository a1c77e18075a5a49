import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'image-pull-policy';

test('only the exact Kubernetes spellings work', () => {
  checkRule(RULE, valid('  imagePullPolicy: always\n#                  ^^^^^^ 💡 error image-pull-policy: imagePullPolicy "always" is not one of Always, IfNotPresent, Never\n'));
  checkRule(RULE, valid('  imagePullPolicy: IfNotPresent\n'));
  const before = valid('  imagePullPolicy: if-not-present\n');
  checkFix(RULE, before, 'Change to IfNotPresent', before.replace('if-not-present', 'IfNotPresent'));
});
