import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFix, checkRule, findingsOf } from '../../support/rules';
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

test('§12.3: Flink does not trim integers: " 4" fails with Flink\'s words, and the fix trims it', () => {
  const spaced = valid().replace('taskmanager.numberOfTaskSlots: "2"', 'taskmanager.numberOfTaskSlots: " 4"');
  checkRule(RULE, spaced.replace('taskmanager.numberOfTaskSlots: " 4"', 'taskmanager.numberOfTaskSlots: " 4"\n#                                  ^^^^ 💡 error task-slots: taskmanager.numberOfTaskSlots " 4" is not a whole number Flink can read (Flink does not trim the spaces around it); the operator fails with "Could not parse value \' 4\' for key \'taskmanager.numberOfTaskSlots\'."'));
  checkFix(RULE, spaced, 'Set numberOfTaskSlots to 4', valid().replace('"2"', '"4"'));
});

test('one finding for slots "0": the failing TaskManager spec behind it is not reported again', () => {
  const zero = valid().replace('taskmanager.numberOfTaskSlots: "2"', 'taskmanager.numberOfTaskSlots: "0"');
  const findings = findingsOf(zero).filter((f) => f.severity === 'error');
  assert.deepEqual(findings.map((f) => f.rule), ['task-slots']);
  const spaced = valid().replace('taskmanager.numberOfTaskSlots: "2"', 'taskmanager.numberOfTaskSlots: " 4"');
  assert.deepEqual(findingsOf(spaced).filter((f) => f.severity === 'error').map((f) => f.rule), ['task-slots']);
});

test('§12.3: slots "0" fail where the operator meets them first', () => {
  const zero = valid().replace('taskmanager.numberOfTaskSlots: "2"', 'taskmanager.numberOfTaskSlots: "0"');
  const [client] = findingsOf(zero).filter((f) => f.rule === RULE);
  assert.match(client?.message ?? '', /the deployment fails: "TaskManager memory configuration failed: TaskExecutors need to be started with a positive number of CPU cores\. Please configure taskmanager\.cpu\.cores accordingly\."$/);
  const withCores = zero.replace('taskmanager.numberOfTaskSlots: "0"', 'taskmanager.numberOfTaskSlots: "0"\n    taskmanager.cpu.cores: "2"').replace('    resource: { memory: 4096m, cpu: 2 }\n', '    resource: { memory: 4096m, cpu: 2 }\n    replicas: 2\n');
  const [division] = findingsOf(withCores).filter((f) => f.rule === RULE);
  assert.match(division?.message ?? '', /computes parallelism 0 and then fails with "\/ by zero"/);
});
