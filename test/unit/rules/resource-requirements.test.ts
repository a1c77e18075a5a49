import { test } from 'node:test';
import { checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'resource-requirements';
const tm = (block: string) => valid().replace('    resource: { memory: 4096m, cpu: 2 }\n', block);

test('values the operator cannot read or rejects', () => {
  checkRule(RULE, tm('    resource: { memory: lots, cpu: 2 }\n#                       ^^^^ error resource-requirements: TaskManager resource.memory "lots" cannot be read\n'));
  checkRule(RULE, tm('    resources:\n      requests: { memory: 4Gi, cpu: "0" }\n#                                   ^^^ error resource-requirements: TaskManager resources.requests.cpu "0" must be positive\n      limits: { memory: 4Gi, ephemeral-storage: -5Gi }\n#                                               ^^^^ error resource-requirements: TaskManager resources.limits.ephemeral-storage "-5Gi" must not be negative\n'));
});

test('a request above its limit is rejected', () => {
  checkRule(RULE, tm('    resources:\n      requests: { memory: 4Gi, cpu: 1000m }\n#                         ^^^ error resource-requirements: TaskManager memory request is above its limit\n#                                   ^^^^^ error resource-requirements: TaskManager cpu request is above its limit\n      limits: { memory: 2Gi, cpu: 500m }\n'));
  checkRule(RULE, tm('    resources:\n      requests: { memory: 2048m, cpu: 500m }\n      limits: { memory: 4Gi, cpu: "1" }\n'));
  checkRule(RULE, tm('    resource: { memory: 1.5Gi }\n'));
});
