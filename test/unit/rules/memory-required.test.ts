import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'memory-required';

test('memory must be given in the spec or derivable from flinkConfiguration', () => {
  checkRule(RULE, valid().replace('    resource: { memory: 4096m, cpu: 2 }\n', '    replicas: 2\n').replace('  taskManager:\n', '  taskManager:\n# ^^^^^^^^^^^ 💡 error memory-required: taskManager memory is not defined\n'));
  checkRule(RULE, valid().replace('    resource: { memory: 4096m, cpu: 2 }\n', '    replicas: 2\n').replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    taskmanager.memory.flink.size: 2g\n'));
  checkRule(RULE, valid().replace('    resource: { memory: 4096m, cpu: 2 }\n', '    replicas: 2\n').replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    taskmanager.memory.task.heap.size: 1g\n').replace('  taskManager:\n', '  taskManager:\n# ^^^^^^^^^^^ 💡 error memory-required: taskManager memory is not defined\n'));
  checkRule(RULE, valid());
});

test('fix: set the memory', () => {
  const before = valid().replace('    resource: { memory: 4096m, cpu: 2 }\n', '    replicas: 2 # fixed\n');
  checkFix(RULE, before, 'Set taskManager memory to 2048m', before.replace('    replicas: 2 # fixed\n', '    replicas: 2 # fixed\n    resource:\n      memory: 2048m\n'));
});
