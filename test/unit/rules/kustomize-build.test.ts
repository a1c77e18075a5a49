/** kustomize-build: what kustomize refuses is reported on the kustomization line that causes it. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeOverlay } from '../../../server/src/core/sets/overlay';
import { MemoryTree } from '../../../server/src/core/sources/tree';
import { DEFAULT_RULE_OPTIONS } from '../../../server/src/core/rules/options';

const deployment = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: orders\nspec:\n  image: flink:1.20\n';

function findings(kustomization: string, severities = {}) {
  const tree = new MemoryTree({ '/o/kustomization.yaml': kustomization, '/o/fd.yaml': deployment });
  return analyzeOverlay(tree, '/o', { ...DEFAULT_RULE_OPTIONS, severities }).findings.filter((f) => f.rule === 'kustomize-build').map((f) => [f.severity, kustomization.slice(f.span.start, f.span.end), f.message]);
}

test('replicas on a FlinkDeployment fails the build', () => {
  const [f] = findings('resources: [fd.yaml]\nreplicas:\n  - name: orders\n    count: 4\n');
  assert.equal(f?.[0], 'error');
  assert.equal(f?.[1], 'name: orders\n    count: 4');
  assert.match(String(f?.[2]), /^kustomize build fails: resource with name orders does not match a config/);
});

test('a missing resource, and a patch that matches nothing', () => {
  assert.deepEqual(findings('resources: [fd.yaml, gone.yaml]\n').map((f) => f[1]), ['gone.yaml']);
  const [f] = findings('resources: [fd.yaml]\npatches:\n  - patch: |-\n      apiVersion: flink.apache.org/v1beta1\n      kind: FlinkDeployment\n      metadata:\n        name: other\n');
  assert.match(String(f?.[2]), /no resource matches the patch FlinkDeployment other/);
});

test('an images entry that only a FlinkDeployment spec.image names is a warning', () => {
  const [f] = findings('resources: [fd.yaml]\nimages:\n  - name: flink\n    newTag: "1.20.1"\n');
  assert.equal(f?.[0], 'warning');
  assert.match(String(f?.[2]), /does not change spec.image of orders/);
});

test('the severity setting applies', () => {
  assert.deepEqual(findings('resources: [fd.yaml, gone.yaml]\n', { 'kustomize-build': 'off' }), []);
  assert.equal(findings('resources: [fd.yaml, gone.yaml]\n', { 'kustomize-build': 'info' })[0]?.[0], 'info');
});
