import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, yaml } from '../../support/rules';

test('syntax errors inside a Flink resource are reported at their place', () => {
  const text = yaml`
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    metadata:
      name: demo
    spec:
      job:
    	parallelism: 2
  `;
  const findings = findingsOf(text).filter((f) => f.rule === 'yaml-syntax');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]?.severity, 'error');
  assert.match(findings[0]?.message ?? '', /^YAML: .*tab/i);
  assert.equal(text.slice(0, findings[0]?.span.start).split('\n').length, 7, 'on the line with the tab');
});

test('other documents get no syntax findings from us', () => {
  assert.deepEqual(findingsOf('apiVersion: v1\nkind: ConfigMap\ndata: [1, 2\n'), []);
});
