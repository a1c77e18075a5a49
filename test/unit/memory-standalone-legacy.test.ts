/**
 * A standalone TaskManager container sizes its JVM with its start script (BashJavaUtils
 * GET_TM_RESOURCE_PARAMS), which maps the legacy taskmanager.heap.size to total Flink memory,
 * while the operator sized the pod and wrote the process size from the spec. The two together
 * either give another layout than the operator's or fail at start.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MIB, projectDeployment } from '../support/fixture';

const M = (n: number) => BigInt(n * MIB);
const standalone = (heap: string, extra: Record<string, unknown> = {}) => projectDeployment({
  'spec/mode': 'standalone', 'spec/taskManager/resources/requests/memory': '2048Mi', 'spec/flinkConfiguration/taskmanager.heap.size': heap, ...extra,
} as never);

test('standalone: taskmanager.heap.size is total Flink memory inside the 2048 MiB process the operator wrote', () => {
  const p = standalone('1000m');
  const m = p.taskManager.memory.status === 'ok' ? p.taskManager.memory.value : assert.fail('ok');
  assert.deepEqual([m.flink, m.metaspace, m.overhead], [M(1000), M(256), M(792)]);
  assert.equal(p.taskManager.memoryRequestBytes.value, 2048 * MIB);
});

test('standalone: a legacy heap that leaves no room for metaspace fails at the TaskManager, with why', () => {
  const p = standalone('1900m');
  const failure = p.taskManager.memory.status === 'failed' ? p.taskManager.memory.failure : assert.fail('failed');
  assert.equal(failure.stage, 'taskmanager');
  assert.match(failure.message, /start script reads taskmanager\.heap\.size as total Flink memory/);
  assert.match(failure.flinkMessage, /^TaskManager memory configuration failed: The configured Total Process Memory size \(2\.000gb \(2147483648 bytes\)\) is less than the sum of the derived Total Flink Memory size \(1\.855gb \(1992294400 bytes\)\)/);
});

test('native: the resource manager reads the legacy heap as the process size, as before', () => {
  const p = standalone('1000m', { 'spec/mode': 'native' });
  assert.equal(p.taskManager.memory.status, 'ok');
  const m = p.taskManager.memory.status === 'ok' ? p.taskManager.memory.value : assert.fail('ok');
  assert.notEqual(m.flink, M(1000));
});

test('Flink 2 no longer reads the legacy heap: the standalone layout is the operator\'s', () => {
  const p = standalone('1900m', { 'spec/flinkVersion': 'v2_1', 'spec/image': 'flink:2.1' });
  assert.equal(p.taskManager.memory.status, 'ok');
});

test('standalone TaskManagers whose memory fails: one finding, on the memory, not a missing-slots one too', async () => {
  const { analyze } = await import('../../server/src/core/analysis');
  const { lint } = await import('../../server/src/core/rules/run');
  const { DEFAULT_RULE_OPTIONS } = await import('../../server/src/core/rules/options');
  const { deploymentYaml } = await import('../support/fixture');
  const text = deploymentYaml({ 'spec/mode': 'standalone', 'spec/taskManager/resources/requests/memory': '2048Mi', 'spec/flinkConfiguration/taskmanager.memory.flink.size': '1900m' } as never);
  const rules = lint(analyze(text, DEFAULT_RULE_OPTIONS), DEFAULT_RULE_OPTIONS).findings.map((f) => f.rule);
  assert.ok(rules.includes('memory-config-invalid'));
  assert.ok(!rules.includes('standalone-capacity'), rules.join());
});
