import { test } from 'node:test';
import { checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'state-directories';
const job = (lines: string) => `  job:\n    jarURI: local:///opt/app.jar\n    parallelism: 4\n${lines}`;

test('stateful upgrade modes need the directories', () => {
  checkRule(RULE, valid('', job('    upgradeMode: last-state\n#                ^^^^^^^^^^ error state-directories: upgradeMode last-state needs a checkpoint directory: set execution.checkpointing.dir\n')));
  checkRule(RULE, valid('', job('    upgradeMode: savepoint\n#                ^^^^^^^^^ error state-directories: upgradeMode savepoint needs a checkpoint directory\n#                ^^^^^^^^^ error state-directories: upgradeMode savepoint needs a savepoint directory\n')));
  checkRule(RULE, valid('', job('    savepointTriggerNonce: 1\n#                          ^ error state-directories: A manual savepoint (savepointTriggerNonce) needs a savepoint directory\n')));
});

test('Flink 1.19 names the old keys; either spelling and operator defaults count', () => {
  const old = valid('', job('    upgradeMode: last-state\n#                ^^^^^^^^^^ error state-directories: upgradeMode last-state needs a checkpoint directory: set state.checkpoints.dir\n')).replace('v1_20', 'v1_19');
  checkRule(RULE, old);
  const dirs = valid('', job('    upgradeMode: savepoint\n')).replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    state.checkpoints.dir: s3://b/c\n    execution.checkpointing.savepoint-dir: s3://b/s\n');
  checkRule(RULE, dirs);
  checkRule(RULE, valid('', job('    upgradeMode: last-state\n')), { operatorDefaults: { 'execution.checkpointing.dir': 's3://b/c' } });
  checkRule(RULE, valid('', job('    upgradeMode: stateless\n')));
});

test('periodic savepoints need the savepoint directory', () => {
  const periodic = valid().replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    kubernetes.operator.periodic.savepoint.interval: 6h\n#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error state-directories: Periodic savepoints needs a savepoint directory\n');
  checkRule(RULE, periodic);
});
