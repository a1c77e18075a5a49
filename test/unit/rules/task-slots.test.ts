import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'task-slots';

test('slots must be a whole number of at least 1', () => {
  checkRule(RULE, valid().replace('taskmanager.numberOfTaskSlots: "2"', 'taskmanager.numberOfTaskSlots: "0"\n#                                  ^^^ 💡 error task-slots: taskmanager.numberOfTaskSlots "0" must be a whole number of at least 1'));
  checkRule(RULE, valid());
  const before = valid().replace('"2"', '"-1"');
  checkFix(RULE, before, 'Set numberOfTaskSlots to 1', valid().replace('"2"', '"1"'));
});

test('a ${NAME} placeholder is not a number yet, nor a wrong one', () => {
  checkRule(RULE, valid().replace('taskmanager.numberOfTaskSlots: "2"', 'taskmanager.numberOfTaskSlots: "${TASK_SLOTS}"'));
  checkRule(RULE, valid().replace('taskmanager.numberOfTaskSlots: "2"', 'taskmanager.numberOfTaskSlots: ${TASK_SLOTS:-2}'));
});
