import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'config-key-overwritten';
const withKey = (line: string, note = '') => valid().replace('    taskmanager.numberOfTaskSlots: "2"\n', `    taskmanager.numberOfTaskSlots: "2"\n${line}\n${note}`);

test('keys the operator replaces from the spec', () => {
  checkRule(RULE, withKey('    parallelism.default: "8"', '#   ^^^^^^^^^^^^^^^^^^^ 💡 warning config-key-overwritten: parallelism.default has no effect\n'));
  checkRule(RULE, withKey('    taskmanager.memory.process.size: 8g', '#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ 💡 warning config-key-overwritten: taskmanager.memory.process.size has no effect: the operator replaces it with spec.taskManager.resource.memory\n'));
});

test('quiet when the spec does not set the value', () => {
  const session = valid('', '').replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    parallelism.default: "8"\n');
  checkRule(RULE, session);
});

test('fix: remove the overwritten key', () => {
  checkFix(RULE, withKey('    parallelism.default: "8"'), 'Remove parallelism.default', valid());
});
