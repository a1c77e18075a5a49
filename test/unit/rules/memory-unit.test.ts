import { test } from 'node:test';
import { checkFix, checkRule, checkRules } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'memory-unit';
const tm = (block: string) => valid().replace('    resource: { memory: 4096m, cpu: 2 }\n', block);

test('decimals, bytes without unit, giga units and Kubernetes suffixes in flinkConfiguration', () => {
  checkRule(RULE, tm('    resource: { memory: 1.5Gi, cpu: 2 }\n#                       ^^^^^ 💡 error memory-unit: "1.5Gi" has a fraction, which the operator cannot read; write whole units such as 1536Mi.\n'));
  checkRule(RULE, tm('    resource: { memory: "100", cpu: 2 }\n#                       ^^^^^ 💡 error memory-unit: "100" is 100 bytes (a number without a unit counts bytes), far too little for the TaskManager, so the operator cannot deploy the resource and no pod starts. Even 100Mi would fail; 1024Mi works.\n'));
  checkRule(RULE, tm('    resource: { memory: 4G, cpu: 2 }\n#                       ^^ 💡 info memory-unit: "4G" means 4Gi to the operator (Flink units are binary), but 4000000000 bytes to Kubernetes tools\n'));
  checkRule(RULE, valid().replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    taskmanager.memory.managed.size: 1Gi\n#                                    ^^^ 💡 error memory-unit: taskmanager.memory.managed.size "1Gi" is not a Flink size\n'));
  checkRule(RULE, valid());
});

test('requests and limits read with different units', () => {
  checkRule(RULE, tm('    resources:\n      requests: { memory: 2048m }\n      limits: { memory: 4Gi }\n#                       ^^^ warning memory-unit: The memory request "2048m" and limit "4Gi" are read with different units\n'));
  checkRule(RULE, tm('    resources:\n      requests: { memory: 2g }\n#                         ^^ 💡 error memory-unit: "2g" is not a Kubernetes quantity (Kubernetes writes 2Gi, or 2G for 10^9 bytes), so with both a memory request and a limit the operator cannot compute the limit factor and the deployment fails; write 2Gi.\n      limits: { memory: 4Gi }\n'));
  checkRule(RULE, tm('    resources:\n      requests: { memory: 2Gi }\n      limits: { memory: 4Gi }\n'));
});

test('fixes write the same size in Mi or Gi', () => {
  checkFix(RULE, tm('    resource: { memory: 1.5Gi, cpu: 2 } # tm\n'), 'Change to 1536Mi', tm('    resource: { memory: 1536Mi, cpu: 2 } # tm\n'));
  checkFix(RULE, tm('    resource: { memory: 4G, cpu: 2 }\n'), 'Change to 4Gi', tm('    resource: { memory: 4Gi, cpu: 2 }\n'));
  const config = (v: string) => valid().replace('    taskmanager.numberOfTaskSlots: "2"\n', `    taskmanager.numberOfTaskSlots: "2"\n    taskmanager.memory.managed.size: ${v}\n`);
  checkFix(RULE, config('512Mi'), 'Change to 512m', config('512m'));
});

test('a bare number below 1 MiB: an error when Flink cannot fit the role into it, and a fix that works', () => {
  // 100 bytes, and 100 MiB too, are below what a TaskManager needs: the fix is the smallest size that works.
  checkFix(RULE, tm('    resource: { memory: "100", cpu: 2 }\n'), 'Set taskManager memory to 1024Mi', tm('    resource: { memory: "1024Mi", cpu: 2 }\n'));
  // 4096 MiB works: the MiB reading is the fix, and the message asks about it.
  checkRule(RULE, tm('    resource: { memory: "4096", cpu: 2 }\n#                       ^^^^^^ 💡 error memory-unit: "4096" is 4096 bytes (a number without a unit counts bytes), far too little for the TaskManager, so the operator cannot deploy the resource and no pod starts. Did you mean 4096Mi?\n'));
  checkFix(RULE, tm('    resource: { memory: "4096", cpu: 2 }\n'), 'Change to 4096Mi', tm('    resource: { memory: "4096Mi", cpu: 2 }\n'));
  // An unquoted number in the deprecated resource field is rejected on apply, whatever it means.
  checkRule(RULE, tm('    resource: { memory: 4096, cpu: 2 }\n#                       ^^^^ 💡 error memory-unit: 4096 is a number, which the API server rejects here, and as text it would mean 4096 bytes. Did you mean 4096Mi?\n'));
});

test('a bare number is one finding: memory-config-invalid does not repeat it', () => {
  checkRules([RULE, 'memory-config-invalid'], tm('    resource: { memory: "100", cpu: 2 }\n#                       ^^^^^ 💡 error memory-unit: "100" is 100 bytes\n'));
});

test('a Flink-style unit in resources: advice alone, an error only where the operator fails, never both', () => {
  // A request alone: the operator reads 2g as 2 GiB and never hands it to Kubernetes.
  checkRule(RULE, tm('    resources:\n      requests: { memory: 2g }\n#                         ^^ 💡 info memory-unit: "2g" means 2Gi to the operator (Flink units are binary), but is not a Kubernetes quantity (Kubernetes writes 2Gi, or 2G for 10^9 bytes); write 2Gi to mean the same everywhere.\n'));
  // Request and limit: the limit factor needs both as quantities; each unreadable side is one error.
  const both = tm('    resources:\n      requests: { memory: 2g }\n#                         ^^ 💡 error memory-unit: "2g" is not a Kubernetes quantity\n      limits: { memory: 2gb }\n#                       ^^^ 💡 error memory-unit: "2gb" is not a Kubernetes quantity\n');
  checkRules([RULE, 'resource-requirements', 'memory-config-invalid'], both);
  checkFix(RULE, tm('    resources:\n      requests: { memory: 2g }\n      limits: { memory: 2Gi }\n'), 'Change to 2Gi', tm('    resources:\n      requests: { memory: 2Gi }\n      limits: { memory: 2Gi }\n'));
});
