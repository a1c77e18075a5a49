import { test } from 'node:test';
import { checkFix, checkRule, checkRules, yaml } from '../../support/rules';
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

test('a kustomize patch is not a resource: what it leaves to its base is not missing', () => {
  // overlays/prod/taskmanager-patch.yaml: merged into the base before the operator sees it.
  const patch = yaml`
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    metadata:
      name: clickstream
    spec:
      taskManager:
        resource:
          memory: 8192m
          cpu: 4
  `;
  checkRules([RULE, 'flink-version', 'service-account', 'slot-cpu-ratio', 'parallelism-required'], patch);
  // A resource that states its image or version is complete, so what it lacks is reported.
  checkRule(RULE, patch.replace('  taskManager:\n', '  flinkVersion: v1_20\n# ^^^^^^^^^^^^ 💡 error memory-required: jobManager memory is not defined\n  taskManager:\n'));
});
