import { test } from 'node:test';
import { checkFix, checkRule, findingsOf } from '../../support/rules';
import assert from 'node:assert/strict';
import { valid } from '../../support/heads';

const RULE = 'memory-config-invalid';

test('a TaskManager too small for Flink\'s memory model (§5.6: 981m fails, 982m works)', () => {
  checkRule(RULE, valid().replace('memory: 4096m, cpu: 2', 'memory: 981m, cpu: 2').replace('    resource: { memory: 981m, cpu: 2 }\n', '    resource: { memory: 981m, cpu: 2 }\n#                       ^^^^ 💡 error memory-config-invalid: TaskManager memory does not work out, so the operator cannot deploy the resource and no pod starts: Total Flink memory 533 MiB is too small\n'));
  checkRule(RULE, valid().replace('memory: 4096m, cpu: 2', 'memory: 982m, cpu: 2'));
});

test('spec memory plus a conflicting flink.size (§5.4.4) names Flink\'s message', () => {
  const text = valid().replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    taskmanager.memory.flink.size: 1024m\n');
  const [finding] = findingsOf(text).filter((f) => f.rule === RULE);
  assert.ok(finding);
  assert.match(finding.message, /leaves over: 4096 MiB − Flink 1024 MiB − metaspace 256 MiB = 2816 MiB, outside its allowed range 192 MiB\.\.1024 MiB/);
  assert.match(finding.message, /The operator reports: "TaskManager memory configuration failed: Derived JVM Overhead size \(2\.750gb \(2952790016 bytes\)\) is not in configured JVM Overhead range \[192\.000mb \(201326592 bytes\), 1024\.000mb \(1073741824 bytes\)\]\."/);
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

test('§12.2: on Flink 2.x jobmanager.heap.size sizes the pod but the JobManager fails at start', () => {
  const v2 = valid().replace('flinkVersion: v1_20', 'flinkVersion: v2_1').replace('image: flink:1.20', 'image: flink:2.1').replace('    resource: { memory: 2048m, cpu: 1 }\n', '    resource: { cpu: 1 }\n').replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    jobmanager.heap.size: 1g\n');
  const [finding, ...rest] = findingsOf(v2).filter((f) => f.rule === RULE || f.rule === 'pod-memory' || f.rule === 'deprecated-config-key');
  assert.equal(rest.length, 0, 'one finding for one mistake');
  assert.equal(finding?.rule, RULE);
  assert.match(finding?.message ?? '', /^JobManager memory does not work out, so the JobManager fails at start: Flink 2\.1 no longer reads jobmanager\.heap\.size: the operator \(built on Flink 1\.20\) sized the 1024 MiB pod from it, but the JobManager inside finds no memory size\./);
  assert.match(finding?.message ?? '', /Flink reports: "JobManager memory configuration failed: Either required fine-grained memory \(jobmanager\.memory\.heap\.size\), or Total Flink Memory size \(Key: 'jobmanager\.memory\.flink\.size' , default: null \(fallback keys: \[\]\)\), or Total Process Memory size \(Key: 'jobmanager\.memory\.process\.size' , default: null \(fallback keys: \[\]\)\) need to be configured explicitly\."$/);
});
