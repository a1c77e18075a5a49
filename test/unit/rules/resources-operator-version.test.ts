import { test } from 'node:test';
import { checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'resources-operator-version';
const withResources = valid().replace('    resource: { memory: 4096m, cpu: 2 }\n', '    resources:\n# ^^^^^^^^^ warning resources-operator-version: spec.taskManager.resources needs an operator newer than 1.15\n      requests: { memory: 4Gi, cpu: "2" }\n'.replace('# ^^^^^^^^^', '#   ^^^^^^^^^'));

test('resources needs an operator newer than 1.15', () => {
  checkRule(RULE, withResources, { operatorVersion: '1.15' });
  checkRule(RULE, withResources.replace(/#.*\n/, ''), { operatorVersion: '1.16' });
  checkRule(RULE, valid());
});
