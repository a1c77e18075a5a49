import { test } from 'node:test';
import { checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'overlapping-config-keys';
const config = (lines: string, version = 'v2_0') => valid().replace('v1_20', version).replace('    taskmanager.numberOfTaskSlots: "2"\n', `    taskmanager.numberOfTaskSlots: "2"\n${lines}`);

test('a key that prefixes another fails on Flink 2.x only', () => {
  checkRule(RULE, config('    high-availability: kubernetes\n#   ^^^^^^^^^^^^^^^^^ error overlapping-config-keys: "high-availability" is also the prefix of "high-availability.storageDir"\n    high-availability.storageDir: s3://b/ha\n'));
  checkRule(RULE, config('    high-availability: kubernetes\n    high-availability.storageDir: s3://b/ha\n', 'v1_20'));
  checkRule(RULE, config('    high-availability.type: kubernetes\n    high-availability.storageDir: s3://b/ha\n'));
});
