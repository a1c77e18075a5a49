import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'memory-unit';
const tm = (block: string) => valid().replace('    resource: { memory: 4096m, cpu: 2 }\n', block);

test('decimals, bytes without unit, giga units and Kubernetes suffixes in flinkConfiguration', () => {
  checkRule(RULE, tm('    resource: { memory: 1.5Gi, cpu: 2 }\n#                       ^^^^^ 💡 error memory-unit: "1.5Gi" has a fraction, which the operator cannot read; write whole units such as 1536Mi.\n'));
  checkRule(RULE, tm('    resource: { memory: "100", cpu: 2 }\n#                       ^^^^^ 💡 warning memory-unit: "100" is 100 bytes\n'));
  checkRule(RULE, tm('    resource: { memory: 4G, cpu: 2 }\n#                       ^^ 💡 info memory-unit: "4G" means 4Gi to the operator (Flink units are binary), but 4000000000 bytes to Kubernetes tools\n'));
  checkRule(RULE, valid().replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    taskmanager.memory.managed.size: 1Gi\n#                                    ^^^ 💡 error memory-unit: taskmanager.memory.managed.size "1Gi" is not a Flink size\n'));
  checkRule(RULE, valid());
});

test('requests and limits read with different units', () => {
  checkRule(RULE, tm('    resources:\n      requests: { memory: 2048m }\n      limits: { memory: 4Gi }\n#                       ^^^ warning memory-unit: The memory request "2048m" and limit "4Gi" are read with different units\n'));
  checkRule(RULE, tm('    resources:\n      requests: { memory: 2g }\n#                         ^^ 💡 info memory-unit: "2g" means 2Gi\n#                         ^^ error memory-unit: "2g" is not a Kubernetes quantity, so the operator cannot compute the memory limit factor\n      limits: { memory: 4Gi }\n'));
  checkRule(RULE, tm('    resources:\n      requests: { memory: 2Gi }\n      limits: { memory: 4Gi }\n'));
});

test('fixes write the same size in Mi or Gi', () => {
  checkFix(RULE, tm('    resource: { memory: 1.5Gi, cpu: 2 } # tm\n'), 'Change to 1536Mi', tm('    resource: { memory: 1536Mi, cpu: 2 } # tm\n'));
  checkFix(RULE, tm('    resource: { memory: 4G, cpu: 2 }\n'), 'Change to 4Gi', tm('    resource: { memory: 4Gi, cpu: 2 }\n'));
  const config = (v: string) => valid().replace('    taskmanager.numberOfTaskSlots: "2"\n', `    taskmanager.numberOfTaskSlots: "2"\n    taskmanager.memory.managed.size: ${v}\n`);
  checkFix(RULE, config('512Mi'), 'Change to 512m', config('512m'));
});
