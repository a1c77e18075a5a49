import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkRule, findingsOf } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'resources-operator-version';
const TM_RESOURCE = '    resource: { memory: 4096m, cpu: 2 }\n';
const warned = '    resources:\n#   ^^^^^^^^^ warning resources-operator-version: spec.taskManager.resources needs an operator newer than 1.15; operator 1.15 drops it, so use spec.taskManager.resource (cpu, memory) there.\n      requests: { memory: 4Gi, cpu: "2" }\n';
const rejected = '    resources:\n#   ^^^^^^^^^ error resources-operator-version: spec.taskManager.resources needs an operator newer than 1.15; operator 1.15 drops it, which leaves the TaskManager without memory, so the operator rejects the resource ("TaskManager resource memory must be defined using `spec.taskManager.resource.memory`"): use spec.taskManager.resource (cpu, memory) there.\n      requests: { memory: 4Gi, cpu: "2" }\n';

test('resources needs an operator newer than 1.15', () => {
  const withResources = valid().replace(TM_RESOURCE, rejected);
  checkRule(RULE, withResources, { operatorVersion: '1.15' });
  checkRule(RULE, withResources.replace(/#.*\n/, ''), { operatorVersion: '1.16' });
  checkRule(RULE, valid());
});

// DefaultValidator#validateTmConfig (operator ≤ 1.15) reads only spec.taskManager.resource.memory and
// the Flink memory options; the 1.15 CRD has no `resources`, so the API server pruned it already.
test('with no other memory, the operator rejects the resource: one error, memory-required stays quiet', () => {
  const source = valid().replace(TM_RESOURCE, rejected);
  checkRule(RULE, source, { operatorVersion: '1.15' });
  const all = findingsOf(source.replace(/#.*\n/, ''), { operatorVersion: '1.15' });
  assert.deepEqual(all.filter((f) => f.severity === 'error').map((f) => f.rule), [RULE]);
});

test('memory given another way (resource.memory or Flink memory options) keeps it a warning', () => {
  const alsoResource = valid().replace(TM_RESOURCE, `    resource: { memory: 4096m, cpu: 2 }\n${warned}`);
  checkRule(RULE, alsoResource, { operatorVersion: '1.15' });
  const byOption = valid().replace(TM_RESOURCE, warned).replace('taskmanager.numberOfTaskSlots: "2"\n', 'taskmanager.numberOfTaskSlots: "2"\n    taskmanager.memory.process.size: 4g\n');
  checkRule(RULE, byOption, { operatorVersion: '1.15' });
});

test('the JobManager gets the same treatment', () => {
  const jm = valid().replace('    resource: { memory: 2048m, cpu: 1 }\n', '    resources:\n#   ^^^^^^^^^ error resources-operator-version: spec.jobManager.resources needs an operator newer than 1.15; operator 1.12 drops it, which leaves the JobManager without memory\n      limits: { memory: 2Gi }\n');
  checkRule(RULE, jm, { operatorVersion: '1.12' });
});
