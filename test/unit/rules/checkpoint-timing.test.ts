import { test } from 'node:test';
import { checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'checkpoint-timing';
const config = (lines: string, job = '') => valid('', `  job:\n    jarURI: local:///opt/app.jar\n    parallelism: 4\n${job}`).replace('    taskmanager.numberOfTaskSlots: "2"\n', `    taskmanager.numberOfTaskSlots: "2"\n${lines}`);

test('values Flink rejects and settings that work against each other (§8.2)', () => {
  checkRule(RULE, config('    execution.checkpointing.interval: 5 ms\n#                                     ^^^^ error checkpoint-timing: The checkpoint interval must be at least 10 ms\n'));
  checkRule(RULE, config('    execution.checkpointing.interval: 10 min\n    execution.checkpointing.timeout: 1 min\n#                                    ^^^^^ warning checkpoint-timing: The checkpoint timeout (1 min) is shorter than the interval (10 min)\n'));
  checkRule(RULE, config('    execution.checkpointing.max-concurrent-checkpoints: "0"\n#                                                       ^^^ error checkpoint-timing: max-concurrent-checkpoints must be at least 1.\n'));
  checkRule(RULE, config('', '    upgradeMode: savepoint\n#                ^^^^^^^^^ info checkpoint-timing: upgradeMode savepoint gets no default checkpoint interval\n'));
  checkRule(RULE, config('    execution.checkpointing.interval: 1 min\n    execution.checkpointing.timeout: 10 min\n', '    upgradeMode: last-state\n'));
});
