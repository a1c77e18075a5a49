import { test } from 'node:test';
import { checkFix, checkRule, findingsOf } from '../../support/rules';
import assert from 'node:assert/strict';
import { valid } from '../../support/heads';

const RULE = 'memory-config-invalid';

test('a TaskManager too small for Flink\'s memory model (§5.6: 981m fails, 982m works)', () => {
  checkRule(RULE, valid().replace('memory: 4096m, cpu: 2', 'memory: 981m, cpu: 2').replace('    resource: { memory: 981m, cpu: 2 }\n', '    resource: { memory: 981m, cpu: 2 }\n#                       ^^^^ 💡 error memory-config-invalid: TaskManager memory does not work out, so the deployment fails: Total Flink memory 533 MiB is too small\n'));
  checkRule(RULE, valid().replace('memory: 4096m, cpu: 2', 'memory: 982m, cpu: 2'));
});

test('spec memory plus a conflicting flink.size (§5.4.4) names Flink\'s message', () => {
  const text = valid().replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    taskmanager.memory.flink.size: 1024m\n');
  const [finding] = findingsOf(text).filter((f) => f.rule === RULE);
  assert.ok(finding);
  assert.match(finding.message, /JVM overhead left over is 2816 MiB/);
  assert.match(finding.message, /Flink reports: "Derived JVM Overhead size \(2\.750gb \(2952790016 bytes\)\) is not in configured JVM Overhead range/);
  assert.equal(finding.related?.length, 1);
});

test('JobManager heap below the recommended minimum is a warning', () => {
  checkRule(RULE, valid().replace('memory: 2048m, cpu: 1', 'memory: 700m, cpu: 1').replace('    resource: { memory: 700m, cpu: 1 }\n', '    resource: { memory: 700m, cpu: 1 }\n#                       ^^^^ warning memory-config-invalid: The JobManager heap is only 124 MiB\n'));
});

test('fixes: a size Flink accepts (checked), or removing the conflicting key', () => {
  const small = valid().replace('memory: 4096m, cpu: 2', 'memory: 512m, cpu: 2');
  checkFix(RULE, small, 'Set taskManager memory to 1024m', valid().replace('memory: 4096m, cpu: 2', 'memory: 1024m, cpu: 2'));
  const conflict = valid().replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    taskmanager.memory.flink.size: 1024m\n');
  checkFix(RULE, conflict, 'Remove taskmanager.memory.flink.size', valid());
});
