import { test } from 'node:test';
import { checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

test('JobManager below 1 CPU or 2 GiB', () => {
  checkRule('jobmanager-resources', valid().replace('memory: 2048m, cpu: 1', 'memory: 1024m, cpu: 0.5').replace('    resource: { memory: 1024m, cpu: 0.5 }\n', '    resource: { memory: 1024m, cpu: 0.5 }\n#                       ^^^^^ info jobmanager-resources: The JobManager has 0.5 CPU and 1 GiB\n'));
  checkRule('jobmanager-resources', valid());
});
