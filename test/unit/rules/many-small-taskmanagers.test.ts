import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'many-small-taskmanagers';
const wide = (slots: string) => valid('', '  job:\n    jarURI: local:///opt/app.jar\n    parallelism: 64\n').replace('"2"', `"${slots}"`).replace('memory: 4096m, cpu: 2', 'memory: 4096m, cpu: 1');

test('64 pods of one slot each', () => {
  checkRule(RULE, wide('1').replace('"1"\n', '"1"\n#                                  ^^^ 💡 info many-small-taskmanagers: 64 TaskManager pods with 1 slot each\n'));
  checkRule(RULE, wide('4'));
});

test('fix: four slots per TaskManager', () => {
  checkFix(RULE, wide('1'), 'Set taskmanager.numberOfTaskSlots to 4 (16 TaskManagers)', wide('4'));
});
