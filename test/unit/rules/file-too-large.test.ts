import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from '../../support/rules';
import { hugeResource } from '../../support/hostile-texts';
import { MAX_ANALYSED_LENGTH } from '../../../server/src/core/size-limit';

test('a Flink file past the limit gets one info finding on its first line', () => {
  const text = hugeResource(3);
  assert.ok(text.length > MAX_ANALYSED_LENGTH);
  const findings = findingsOf(text);
  assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.span.start, f.span.end]), [['file-too-large', 'info', 0, text.indexOf('\n')]]);
  assert.match(findings[0]!.message, /^This file is 3(\.\d+)? MiB; Flink analysis stops at 2 MiB so that typing stays fast\. Split it into smaller files/);
});

test('quiet under the limit, on big YAML that is not Flink, and when turned off', () => {
  assert.ok(!findingsOf(hugeResource(1.9)).some((f) => f.rule === 'file-too-large'));
  assert.deepEqual(findingsOf(hugeResource(3).replace(/flink\.apache\.org\//g, 'example.com/')), []);
  assert.deepEqual(findingsOf(hugeResource(3), { severities: { 'file-too-large': 'off' } }), []);
});
