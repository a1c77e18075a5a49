import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'flink-config-format';
const config = (lines: string) => valid().replace('    taskmanager.numberOfTaskSlots: "2"\n', lines);

test('operators before 1.13 take only flat string values', () => {
  checkRule(RULE, config('    taskmanager.numberOfTaskSlots: 2\n#                                  ^ 💡 error flink-config-format: taskmanager.numberOfTaskSlots: operator 1.12 accepts only strings here\n    state:\n      backend.type: rocksdb\n#     ^^^^^^^^^^^^ error flink-config-format: Nested flinkConfiguration ("state.backend.type") needs operator 1.13\n'), { operatorVersion: '1.12' });
  checkRule(RULE, config('    taskmanager.numberOfTaskSlots: 2\n'), { operatorVersion: '1.13' });
  const before = config('    taskmanager.numberOfTaskSlots: 2 # two\n');
  checkFix(RULE, before, 'Quote as "2"', before.replace(': 2 #', ': "2" #'), { operatorVersion: '1.12' });
});
