import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'log-configuration-key';

test('only the two console logging files are allowed', () => {
  checkRule(RULE, valid('  logConfiguration:\n    log4j.properties: "rootLogger.level = INFO"\n#   ^^^^^^^^^^^^^^^^ 💡 error log-configuration-key: logConfiguration key "log4j.properties" is not allowed\n'));
  checkRule(RULE, valid('  logConfiguration:\n    log4j-console.properties: |\n      rootLogger.level = INFO\n'));
});

test('fix: rename to log4j-console.properties', () => {
  const before = valid('  logConfiguration:\n    log4j.properties: |\n      rootLogger.level = INFO\n');
  checkFix(RULE, before, 'Rename to log4j-console.properties', before.replace('log4j.properties', 'log4j-console.properties'));
});
