/** The framework's one-finding-per-mistake rules, on made-up reports and through lint. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oneFindingPerMistake, RuleReport } from '../../../server/src/core/rules/precedence';
import { findingsOf } from '../../support/rules';
import { valid } from '../../support/heads';

const at = (start: number, end: number) => ({ start, end });
const r = (rule: string, span: [number, number], extra: object = {}): RuleReport => ({ rule, report: { message: rule, span: at(...span), ...extra } });
const rules = (items: RuleReport[]) => oneFindingPerMistake(items).map((i) => i.rule);

test('a finding on a field another rule calls invalid is dropped, also when it only points there', () => {
  const invalid = r('schema', [10, 12], { invalidates: at(2, 12) });
  assert.deepEqual(rules([invalid, r('parallelism-required', [10, 12])]), ['schema']);
  assert.deepEqual(rules([invalid, r('job-parallelism-ignored', [40, 42], { related: [{ span: at(2, 8), message: '' }] })]), ['schema']);
  assert.deepEqual(rules([invalid, r('slot-cpu-ratio', [40, 42])]), ['schema', 'slot-cpu-ratio'], 'elsewhere stays');
  assert.deepEqual(rules([invalid, r('schema', [2, 8])]), ['schema', 'schema'], 'a rule does not silence itself');
});

test('two rules calling one value invalid: the earlier in precedence speaks, then the first in rule order', () => {
  assert.deepEqual(rules([r('schema', [5, 9], { invalidates: at(0, 9) }), r('memory-unit', [5, 9], { invalidates: at(0, 9) })]), ['memory-unit']);
  assert.deepEqual(rules([r('ha-config', [5, 9], { invalidates: at(0, 9) }), r('image-pull-policy', [5, 9], { invalidates: at(0, 9) })]), ['ha-config']);
});

test('a finding about something missing goes when another says it is written under a wrong name', () => {
  const typo = r('schema', [30, 40], { supplies: 'spec.job.parallelism' });
  assert.deepEqual(rules([r('parallelism-required', [20, 23], { absent: ['spec.job.parallelism'] }), typo]), ['schema']);
  assert.deepEqual(rules([r('parallelism-required', [20, 23], { absent: ['spec.job.parallelism'] }), r('schema', [30, 40], { supplies: 'spec.job.entryClass' })]), ['parallelism-required', 'schema']);
});

test('through lint: a syntax error leaves only itself in its document; other documents keep their findings', () => {
  const broken = valid().replace('    parallelism: 4\n', '   parallelism: 4\n');
  const other = valid().replace('name: demo', 'name: other').replace('    parallelism: 4\n', '    parallelism: 0\n');
  const findings = findingsOf(`${broken}---\n${other}`);
  assert.deepEqual(findings.map((f) => f.rule), ['yaml-syntax', 'parallelism-required']);
});

test('through lint: a suppressed finding silences nothing else', () => {
  const text = valid().replace('    resource: { memory: 4096m, cpu: 2 }\n', '    resource:\n      # flink-k8s-disable-next-line memory-unit\n      memory: 4096\n      cpu: 2\n');
  assert.deepEqual(findingsOf(text).map((f) => f.rule), ['schema']);
});
