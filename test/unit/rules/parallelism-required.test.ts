import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'parallelism-required';

test('a job needs a parallelism unless replicas are set; replicas at least 1', () => {
  checkRule(RULE, valid('', '  job:\n# ^^^ 💡 error parallelism-required: job.parallelism is not set\n    jarURI: local:///opt/app.jar\n'));
  checkRule(RULE, valid('', '  job:\n    parallelism: 0\n#                ^ 💡 error parallelism-required: job.parallelism is 0\n'));
  checkRule(RULE, valid('', '  job:\n    jarURI: local:///opt/app.jar\n').replace('  taskManager:\n', '  taskManager:\n    replicas: 2\n'));
  checkRule(RULE, valid().replace('  taskManager:\n', '  taskManager:\n    replicas: 0\n#             ^ error parallelism-required: taskManager.replicas is 0\n'));
  checkRule(RULE, valid());
});

test('fix: set job.parallelism to 1', () => {
  const before = valid('', '  job:\n    jarURI: local:///opt/app.jar # the jar\n');
  checkFix(RULE, before, 'Set job.parallelism to 1', `${before}    parallelism: 1\n`);
});

test('a ${NAME} placeholder parallelism is unknown, not zero', () => {
  checkRule(RULE, valid('', '  job:\n    jarURI: local:///opt/app.jar\n    parallelism: ${PARALLELISM}\n'));
});
