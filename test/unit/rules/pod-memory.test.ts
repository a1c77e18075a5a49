import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'pod-memory';

test('§12.1: spec memory plus flink.size: the TaskManager pod requests the re-derived 9600 MiB', () => {
  const text = valid()
    .replace('    resource: { memory: 4096m, cpu: 2 }\n', '    resource: { memory: 9465Mi, cpu: 2 }\n#                       ^^^^^^ info pod-memory: TaskManager pods will request 9600 MiB, not the 9465 MiB of their process size: the JobManager sizes them from total Flink memory plus metaspace and a JVM overhead derived again from its fraction (about 960 MiB instead of 825 MiB).\n')
    .replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    taskmanager.memory.flink.size: 8384mb\n');
  checkRule(RULE, text);
});

test('§12.1: a float fraction makes the pod a byte smaller: 2g with overhead fraction 0.25 asks for 2047 MiB', () => {
  const text = valid()
    .replace('    resource: { memory: 4096m, cpu: 2 }\n', '    resource: { memory: 2g, cpu: 2 }\n#                       ^^ info pod-memory: TaskManager pods will request 2047 MiB, not the 2048 MiB of their process size\n')
    .replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    taskmanager.memory.jvm-overhead.fraction: "0.25"\n');
  checkRule(RULE, text);
});

test('standalone TaskManagers are sized by the operator from the process size: nothing to say', () => {
  checkRule(RULE, valid('  mode: standalone\n').replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    taskmanager.memory.flink.size: 3000m\n'));
  checkRule(RULE, valid());
});

test('§12.2: jobmanager.heap.size without spec memory: a 1024 MiB pod with a 1600 MiB JVM', () => {
  const text = valid()
    .replace('  jobManager:\n    resource: { memory: 2048m, cpu: 1 }\n', '  jobManager:\n    resource: { cpu: 1 }\n')
    .replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    jobmanager.heap.size: 1g\n#   ^^^^^^^^^^^^^^^^^^^^ 💡 warning pod-memory: jobmanager.heap.size makes a 1024 MiB JobManager pod, but the JVM inside treats it as the heap and is laid out for 1600 MiB (heap 1024 MiB): the container can be OOM-killed under load.\n');
  checkRule(RULE, text);
  checkRule(RULE, valid().replace('    resource: { memory: 2048m, cpu: 1 }\n', '    resource: { cpu: 1 }\n').replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    jobmanager.heap.mb: "4736"\n#   ^^^^^^^^^^^^^^^^^^ warning pod-memory: jobmanager.heap.mb makes a 4736 MiB JobManager pod, but the JVM inside treats it as the heap and is laid out for 5688 MiB (heap 4736 MiB)\n'));
});

test('fix: the process-size key keeps the pod and fits the JVM into it', () => {
  const before = valid().replace('    resource: { memory: 2048m, cpu: 1 }\n', '    resource: { cpu: 1 }\n').replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    jobmanager.heap.size: 1g # legacy\n');
  checkFix(RULE, before, 'Rename to jobmanager.memory.process.size (the pod size it already has)', before.replace('jobmanager.heap.size: 1g', 'jobmanager.memory.process.size: 1g'));
});
