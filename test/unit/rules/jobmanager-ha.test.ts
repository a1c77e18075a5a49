import { test } from 'node:test';
import { checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

test('stateful upgrade modes without HA', () => {
  const job = (mode: string, note = '') => valid('', `  job:\n    parallelism: 2\n    upgradeMode: ${mode}\n${note}`);
  checkRule('jobmanager-ha', job('last-state', '#                ^^^^^^^^^^ info jobmanager-ha: upgradeMode last-state without high availability\n'));
  checkRule('jobmanager-ha', job('stateless'));
  checkRule('jobmanager-ha', job('savepoint').replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    high-availability.type: kubernetes\n'));
});

test('EMR on EKS turns HA on from jobManager.storageDir, unless highAvailabilityEnabled is false', () => {
  const emr = (ha: string, note = '') => valid('', `  job:\n    parallelism: 2\n    upgradeMode: last-state\n${note}`)
    .replace('  image: flink:1.20\n', '  emrReleaseLabel: emr-7.2.0-flink-latest\n')
    .replace('    resource: { memory: 2048m, cpu: 1 }\n', `    storageDir: s3://bucket/ha\n${ha}    resource: { memory: 2048m, cpu: 1 }\n`);
  checkRule('jobmanager-ha', emr(''));
  checkRule('jobmanager-ha', emr('    highAvailabilityEnabled: false\n', '#                ^^^^^^^^^^ info jobmanager-ha: upgradeMode last-state without high availability\n'));
});
