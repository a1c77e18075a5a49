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

test('FLINK-41283: last-state with checkpointing turned off and a max checkpoint age gets stuck on upgrade', () => {
  const off = config('    execution.checkpointing.interval: "0"\n#                                     ^^^ error checkpoint-timing: The checkpoint interval must be at least 10 ms\n    execution.checkpointing.savepoint-dir: s3://b/sp\n    kubernetes.operator.job.upgrade.last-state.max.allowed.checkpoint.age: 10 min\n#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning checkpoint-timing: With upgradeMode last-state and checkpointing turned off (execution.checkpointing.interval 0), kubernetes.operator.job.upgrade.last-state.max.allowed.checkpoint.age makes upgrades hang\n', '    upgradeMode: last-state\n');
  checkRule(RULE, off);
  // With no interval the operator turns checkpointing on (5 min) for last-state: no bug.
  checkRule(RULE, config('    kubernetes.operator.job.upgrade.last-state.max.allowed.checkpoint.age: 10 min\n', '    upgradeMode: last-state\n'));
  checkRule(RULE, config('    execution.checkpointing.interval: 1 min\n    kubernetes.operator.job.upgrade.last-state.max.allowed.checkpoint.age: 10 min\n', '    upgradeMode: last-state\n'));
});
