import { test } from 'node:test';
import { checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

test('stateful upgrade modes without HA', () => {
  const job = (mode: string, note = '') => valid('', `  job:\n    parallelism: 2\n    upgradeMode: ${mode}\n${note}`);
  checkRule('jobmanager-ha', job('last-state', '#                ^^^^^^^^^^ info jobmanager-ha: upgradeMode last-state without high availability\n'));
  checkRule('jobmanager-ha', job('stateless'));
  checkRule('jobmanager-ha', job('savepoint').replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    high-availability.type: kubernetes\n'));
});
