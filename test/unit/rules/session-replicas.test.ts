import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'session-replicas';
const session = (replicas: string, extra = '') => valid(extra, '').replace('    resource: { memory: 4096m, cpu: 2 }\n', `    resource: { memory: 4096m, cpu: 2 }\n${replicas}`);

test('a native session cluster ignores taskManager.replicas (real repositories)', () => {
  checkRule(RULE, session('    replicas: 3\n#             ^ 💡 warning session-replicas: A native session cluster ignores taskManager.replicas\n'));
  checkRule(RULE, session('    replicas: 3\n', '  mode: standalone\n'));
  checkRule(RULE, session(''));
  // An application uses replicas for its parallelism.
  checkRule(RULE, valid().replace('    resource: { memory: 4096m, cpu: 2 }\n', '    resource: { memory: 4096m, cpu: 2 }\n    replicas: 3\n'));
});

test('fix: remove the field', () => {
  const before = session('    replicas: 3 # pool\n');
  checkFix(RULE, before, 'Remove taskManager.replicas', session('    # pool\n'));
});
