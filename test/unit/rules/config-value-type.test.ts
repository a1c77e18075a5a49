import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'config-value-type';
const config = (lines: string) => valid().replace('    taskmanager.numberOfTaskSlots: "2"\n', `    taskmanager.numberOfTaskSlots: "2"\n${lines}`);

test('values that do not parse as their option type', () => {
  checkRule(RULE, config(`    execution.checkpointing.interval: 5 minutes please
#                                     ^^^^^^^^^^^^^^^^ error config-value-type: execution.checkpointing.interval: "5 minutes please" is not a duration
    pipeline.object-reuse: yes
#                          ^^^ 💡 error config-value-type: pipeline.object-reuse: "yes" is not true or false.
    execution.checkpointing.mode: EXACTLY_TWICE
#                                 ^^^^^^^^^^^^^ error config-value-type: execution.checkpointing.mode: "EXACTLY_TWICE" is not one of
    taskmanager.memory.managed.size: lots
#                                    ^^^^ error config-value-type: taskmanager.memory.managed.size: "lots" is not a memory size
`));
  checkRule(RULE, config('    execution.checkpointing.interval: 5 min\n    pipeline.object-reuse: true\n    execution.checkpointing.mode: exactly_once\n    taskmanager.memory.managed.size: 1Gi\n    parallelism.default: 4\n'));
});

test('fix: yes/no become true/false', () => {
  checkFix(RULE, config('    pipeline.object-reuse: "yes"\n'), 'Change to true', config('    pipeline.object-reuse: "true"\n'));
});
