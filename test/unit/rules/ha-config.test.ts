import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'ha-config';
const config = (lines: string) => valid().replace('    taskmanager.numberOfTaskSlots: "2"\n', `    taskmanager.numberOfTaskSlots: "2"\n${lines}`);

test('unknown HA types fail at start-up; HA needs a storage directory', () => {
  checkRule(RULE, config('    high-availability.type: kubernets\n#                           ^^^^^^^^^ 💡 error ha-config: high-availability.type "kubernets" is not NONE, ZOOKEEPER, KUBERNETES\n#   ^^^^^^^^^^^^^^^^^^^^^^ warning ha-config: High availability is on but high-availability.storageDir is not set\n    high-availability.cluster-id-unused: x\n'));
  checkRule(RULE, config('    high-availability:\n      type: org.apache.flink.kubernetes.highavailability.KubernetesHaServicesFactory\n      storageDir: s3://b/ha\n'));
  checkRule(RULE, config('    high-availability.type: NONE\n'));
});

test('fix: the closest known type', () => {
  const before = config('    high-availability.type: kubernets\n    high-availability.storageDir: s3://b/ha\n');
  checkFix(RULE, before, 'Change to kubernetes', before.replace('kubernets', 'kubernetes'));
});
