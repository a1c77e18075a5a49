/**
 * Memory configurations written the way users write them (units, old and fallback keys, fractions
 * at and past their bounds, min above max, spec memory plus Flink keys, Flink 1.x and 2.x), and
 * what must hold whatever the numbers: the breakdown adds up to its totals, pods hold their JVM,
 * a failure names its stage with Flink's words, and check reports each failure once.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { analyze, DEFAULT_OPTIONS } from '../../../server/src/core/analysis';
import { lint } from '../../../server/src/core/rules/run';
import { DEFAULT_RULE_OPTIONS } from '../../../server/src/core/rules/options';
import { Projection } from '../../../server/src/core/projection/types';
import { budget } from '../../support/fuzz';

const MIB = 2 ** 20;
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const number = fc.oneof(fc.integer({ min: 256, max: 20000 }), fc.integer({ min: 0, max: 300 }), fc.constantFrom(981, 982, 576, 577, 1024, 1728, 2048, 4096, 9465, 16384));
const unit = fc.constantFrom('m', 'mb', 'M', ' m', 'Mi', 'g', 'gb', 'G', 'Gi', 'k', 'kb', 'b', '', 'mebibytes', 't');
const size = fc.oneof(fc.tuple(number, unit).map(([n, u]) => (/^[gGt]/.test(u) ? `${Math.max(1, Math.round(n / 1024))}${u}` : `${n}${u}`)), fc.constantFrom('1.5Gi', 'lots', '-1m', '0', ' 2g '));
const fraction = fc.oneof(fc.double({ min: 0, max: 0.99, noNaN: true }).map((d) => d.toFixed(3)), fc.constantFrom('0', '0.1', '0.25', '0.4', '0.9999', '1', '1.0', '-0.1', '1.5', 'NaN', ' 0.3 ', 'abc', '0.1f'));
const small = fc.oneof(fc.tuple(fc.integer({ min: 0, max: 2048 }), fc.constantFrom('m', 'mb', 'kb')).map(([n, u]) => `${n}${u}`), fc.constantFrom('64m', '1g', '0', 'bad'));

const TM_SIZES = ['taskmanager.memory.process.size', 'taskmanager.memory.flink.size', 'taskmanager.memory.task.heap.size', 'taskmanager.memory.managed.size', 'taskmanager.memory.size', 'taskmanager.heap.size', 'taskmanager.memory.framework.heap.size', 'taskmanager.memory.task.off-heap.size'];
const TM_SMALL = ['taskmanager.memory.network.min', 'taskmanager.memory.network.max', 'taskmanager.network.memory.min', 'taskmanager.network.memory.max', 'taskmanager.memory.jvm-overhead.min', 'taskmanager.memory.jvm-overhead.max', 'taskmanager.memory.jvm-metaspace.size'];
const TM_FRACTIONS = ['taskmanager.memory.managed.fraction', 'taskmanager.memory.network.fraction', 'taskmanager.network.memory.fraction', 'taskmanager.memory.jvm-overhead.fraction'];
const JM_SIZES = ['jobmanager.memory.process.size', 'jobmanager.memory.flink.size', 'jobmanager.memory.heap.size', 'jobmanager.heap.size', 'jobmanager.memory.off-heap.size'];

const entries = (keys: string[], value: fc.Arbitrary<string>) => fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 3 });
const flinkConfiguration = fc.tuple(entries(TM_SIZES, size), entries(TM_SMALL, small), entries(TM_FRACTIONS, fraction), entries(JM_SIZES, size), entries(['jobmanager.memory.jvm-overhead.fraction', 'jobmanager.heap.mb', 'taskmanager.heap.mb', 'taskmanager.network.numberOfBuffers'], fc.constantFrom('0.25', '1024', '4736', '4096', '60000', '-1', ' 12')), fc.constantFrom('1', '2', '4', '0', ' 4'))
  .map(([a, b, c, d, e, slots]) => ({ 'taskmanager.numberOfTaskSlots': slots, ...Object.fromEntries([...a, ...b, ...c, ...d, ...e]) }));
const specMemory = fc.oneof(fc.constant(undefined), size.map((memory) => ({ resource: { memory, cpu: 1 } })), fc.tuple(size, maybe(size)).map(([request, limit]) => ({ resources: { requests: { memory: request, cpu: '1' }, ...(limit ? { limits: { memory: limit } } : {}) } })));

const deployment = fc.record({
  flinkVersion: fc.constantFrom('v1_16', 'v1_18', 'v1_20', 'v2_0', 'v2_2', 'v2_3'),
  mode: fc.constantFrom(undefined, 'native', 'standalone'),
  flinkConfiguration,
  jobManager: specMemory,
  taskManager: specMemory,
  job: fc.boolean(),
}).map((s) => ({
  apiVersion: 'flink.apache.org/v1beta1', kind: 'FlinkDeployment', metadata: { name: 'mem' },
  spec: { image: 'flink:1.20', flinkVersion: s.flinkVersion, serviceAccount: 'flink', ...(s.mode ? { mode: s.mode } : {}), flinkConfiguration: s.flinkConfiguration, ...(s.jobManager ? { jobManager: s.jobManager } : {}), ...(s.taskManager ? { taskManager: s.taskManager } : {}), ...(s.job ? { job: { jarURI: 'local:///a.jar', parallelism: 2 } } : {}) },
}));

function checkTaskManager(p: Projection): void {
  const tm = p.taskManager;
  if (tm.memory.status !== 'ok') return;
  const m = tm.memory.value;
  for (const [k, v] of Object.entries(m)) if (typeof v === 'bigint') assert.ok(v >= 0n, `${k} is negative`);
  assert.equal(m.frameworkHeap + m.taskHeap + m.managed + m.network + m.frameworkOffHeap + m.taskOffHeap, m.flink, 'the Flink components add up to total Flink memory');
  assert.equal(m.flink + m.metaspace + m.overhead, m.process, 'Flink memory, metaspace and overhead add up to the process');
  assert.equal(m.jvmHeap, m.frameworkHeap + m.taskHeap);
  assert.equal(m.maxDirect, m.frameworkOffHeap + m.taskOffHeap + m.network);
  const request = tm.memoryRequestBytes.value;
  if (request === null) return;
  assert.equal(request % MIB, 0, 'requests are whole MiB');
  // The pod holds the JVM's heap, direct memory, metaspace and the managed memory.
  assert.ok(request + MIB > Number(m.flink + m.metaspace), `pod ${request} below the JVM's ${m.flink + m.metaspace}`);
  if (m.path === 'total-process') assert.ok(Math.abs(request / MIB - Math.floor(Number(m.process) / MIB)) <= 1, 're-derived pods stay within a MiB of the process size');
  const limit = tm.memoryLimitBytes.value;
  // A negative limit factor (a limit the validator rejects) gives a negative limit, as Java's int cast does.
  if (limit !== null) assert.ok(Number.isInteger(limit / MIB), 'limits are whole MiB');
}

function checkJobManager(p: Projection): void {
  const jm = p.jobManager;
  if (jm.memory.status !== 'ok') return;
  const m = jm.memory.value;
  assert.equal(m.heap + m.offHeap, m.flink);
  assert.equal(m.flink + m.metaspace + m.overhead, m.process);
  assert.ok(m.heap >= 0n && m.offHeap >= 0n && m.overhead >= 0n);
}

const STAGES = ['validator', 'operator', 'jobmanager', 'taskmanager'];

test('memory configurations as users write them: breakdowns add up, pods hold their JVM, each failure reported once', () => {
  fc.assert(
    fc.property(deployment, (doc) => {
      const text = stringify(doc);
      const analysis = analyze(text, DEFAULT_OPTIONS);
      assert.equal(analysis.internalError, undefined);
      const p = analysis.resources[0]?.projection;
      assert.ok(p);
      checkTaskManager(p);
      checkJobManager(p);
      const findings = lint(analysis, DEFAULT_RULE_OPTIONS).findings;
      for (const [role, memory] of [['TaskManager', p.taskManager.memory], ['JobManager', p.jobManager.memory]] as const) {
        if (memory.status !== 'failed') continue;
        assert.ok(STAGES.includes(memory.failure.stage));
        assert.ok(memory.failure.flinkMessage.length > 0 && memory.failure.message.length > 0);
        assert.doesNotMatch(memory.failure.flinkMessage, /undefined|NaN n|\[object/);
        const about = findings.filter((f) => (f.rule === 'memory-config-invalid' || f.rule === 'memory-required') && f.message.startsWith(role === 'TaskManager' ? 'TaskManager' : 'JobManager') || (f.rule === 'memory-required' && f.message.toLowerCase().startsWith(role === 'TaskManager' ? 'taskmanager' : 'jobmanager')));
        assert.ok(about.length <= 1, `${role}: ${about.map((f) => f.message).join(' | ')}`);
      }
      // A JobManager JVM laid out for more than its pod is always pointed out.
      const jm = p.jobManager;
      if (jm.memory.status === 'ok' && jm.memoryRequestBytes.value !== null && Number(jm.memory.value.process) > jm.memoryRequestBytes.value + MIB) {
        assert.ok(findings.some((f) => f.rule === 'pod-memory' && f.severity === 'warning'), 'pod-memory warns');
      }
    }),
    budget(300),
  );
});
