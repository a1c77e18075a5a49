/** kustomize build on custom resources, with expected results written from kustomize's documented behaviour. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildOverlay } from '../../../server/src/core/kustomize/build';
import { emitResources } from '../../../server/src/core/kustomize/emit';
import { mapSpan } from '../../../server/src/core/sourcemap/map-back';
import { MemoryTree } from '../../../server/src/core/sources/tree';

const base = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: job\nspec:\n  flinkConfiguration:\n    a: "1"\n    b: "2"\n  podTemplate:\n    spec:\n      containers:\n        - name: flink-main-container\n          image: repo/app:1.0\n        - name: sidecar\n          image: busybox\n  job:\n    parallelism: 2\n    upgradeMode: stateless\n';

function build(files: Record<string, string>, dir = '/o') {
  const tree = new MemoryTree({ '/base/kustomization.yaml': 'resources:\n  - fd.yaml\n', '/base/fd.yaml': base, ...files });
  const built = buildOverlay(tree, dir);
  return { ...built, out: emitResources(dir, built.resources) };
}

test('a strategic-merge patch merges maps key by key and replaces lists; null deletes', () => {
  const patch = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: job\nspec:\n  flinkConfiguration:\n    b: "20"\n    a: null\n    c: "3"\n  podTemplate:\n    spec:\n      containers:\n        - name: flink-main-container\n          env: [{ name: X, value: "1" }]\n';
  const { out, errors } = build({ '/o/kustomization.yaml': 'resources:\n  - ../base\npatches:\n  - path: p.yaml\n', '/o/p.yaml': patch });
  assert.deepEqual(errors, []);
  assert.match(out.text, /flinkConfiguration:\n {4}b: "20"\n {4}c: "3"\n/);
  // The list is replaced as a whole: the sidecar and the image are gone.
  assert.doesNotMatch(out.text, /sidecar|image: repo/);
  assert.match(out.text, /containers:\n {6}- name: flink-main-container\n {8}env:/);
});

test('JSON 6902 patches: replace, add, remove, with a target; a missing path fails the build', () => {
  const ops = '- op: replace\n  path: /spec/job/parallelism\n  value: 8\n- op: add\n  path: /spec/flinkConfiguration/taskmanager.numberOfTaskSlots\n  value: "4"\n- op: remove\n  path: /spec/flinkConfiguration/a\n';
  const { out, errors } = build({ '/o/kustomization.yaml': 'resources: [../base]\npatchesJson6902:\n  - target: { group: flink.apache.org, version: v1beta1, kind: FlinkDeployment, name: job }\n    path: ops.yaml\n', '/o/ops.yaml': ops });
  assert.deepEqual(errors, []);
  assert.match(out.text, /parallelism: 8/);
  assert.match(out.text, /taskmanager.numberOfTaskSlots: "4"/);
  assert.doesNotMatch(out.text, /\n {4}a: "1"/);
  const bad = build({ '/o/kustomization.yaml': 'resources: [../base]\npatches:\n  - target: { kind: FlinkDeployment }\n    patch: |-\n      - op: replace\n        path: /spec/nothing/here\n        value: 1\n' });
  assert.match(bad.errors[0]?.message ?? '', /kustomize build fails: replace operation does not apply/);
});

test('namespace, namePrefix and nameSuffix, labels and annotations go on metadata', () => {
  const { out } = build({ '/o/kustomization.yaml': 'resources: [../base]\nnamespace: prod\nnamePrefix: eu-\nnameSuffix: -v2\ncommonLabels:\n  team: risk\ncommonAnnotations:\n  owner: risk@example.com\n' });
  assert.match(out.text, /metadata:\n {2}name: eu-job-v2\n {2}namespace: prod\n {2}labels:\n {4}team: risk\n {2}annotations:\n {4}owner: risk@example.com\n/);
});

test('images rewrites containers only; spec.image is left alone and the entry is reported', () => {
  const withSpecImage = base.replace('spec:\n  flinkConfiguration', 'spec:\n  image: repo/app:1.0\n  flinkConfiguration');
  const { out, errors } = build({ '/base/fd.yaml': withSpecImage, '/o/kustomization.yaml': 'resources: [../base]\nimages:\n  - name: repo/app\n    newTag: "2.0"\n' });
  assert.match(out.text, /image: repo\/app:2\.0/);
  assert.match(out.text, /\n {2}image: repo\/app:1\.0/);
  assert.equal(errors[0]?.severity, 'warning');
  assert.match(errors[0]?.message ?? '', /does not change spec.image of job/);
});

test('replicas naming a FlinkDeployment fails the build with kustomize\'s message', () => {
  const { errors } = build({ '/o/kustomization.yaml': 'resources: [../base]\nreplicas:\n  - name: job\n    count: 3\n' });
  assert.equal(errors[0]?.message, 'kustomize build fails: resource with name job does not match a config with the following GVK [Deployment.[noVer].[noGrp] ReplicationController.[noVer].[noGrp] ReplicaSet.[noVer].[noGrp] StatefulSet.[noVer].[noGrp]]');
});

test('two levels: prefixes stack, patches use the base name, and each value maps to the file that set it', () => {
  const files = {
    '/mid/kustomization.yaml': 'resources: [../base]\nnamePrefix: team-\npatches:\n  - path: p.yaml\n',
    '/mid/p.yaml': 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: job\nspec:\n  job:\n    upgradeMode: savepoint\n',
    '/o/kustomization.yaml': 'resources: [../mid]\nnamePrefix: prod-\npatches:\n  - target: { kind: FlinkDeployment, name: job }\n    patch: |-\n      - op: replace\n        path: /spec/job/parallelism\n        value: 6\n',
  };
  const { out, errors } = build(files);
  assert.deepEqual(errors, []);
  assert.match(out.text, /name: prod-team-job/);
  const at = (needle: string) => mapSpan(out, { start: out.text.indexOf(needle), end: out.text.indexOf(needle) + needle.length });
  const mode = at('savepoint');
  assert.equal(mode?.at.file, '/mid/p.yaml');
  assert.equal(mode?.value?.file, '/base/fd.yaml');
  assert.equal(mode?.value?.role, 'base');
  const parallelism = at('6\n');
  assert.equal(parallelism?.at.file, '/o/kustomization.yaml');
  const kustomization = files['/o/kustomization.yaml'];
  assert.equal(kustomization.slice(parallelism?.at.span.start, parallelism?.at.span.end), '6');
  assert.equal(at('flinkConfiguration')?.at.file, '/base/fd.yaml');
});

test('missing files and unsupported fields are said, not ignored', () => {
  const { errors, notes } = build({ '/o/kustomization.yaml': 'resources: [../base, missing.yaml]\nconfigMapGenerator:\n  - name: x\n' });
  assert.match(errors[0]?.message ?? '', /'missing.yaml' does not exist/);
  assert.match(notes[0] ?? '', /"configMapGenerator" is not built/);
});

test('patchesStrategicMerge is applied before patches, whatever order the fields are written in', () => {
  const smp = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: job\nspec:\n  job:\n    parallelism: 3\n';
  const { out, errors } = build({
    '/o/kustomization.yaml': 'resources: [../base]\npatches:\n  - target: { kind: FlinkDeployment }\n    patch: |-\n      - op: replace\n        path: /spec/job/parallelism\n        value: 5\npatchesStrategicMerge:\n  - smp.yaml\n',
    '/o/smp.yaml': smp,
  });
  assert.deepEqual(errors, []);
  assert.match(out.text, /parallelism: 5/);
});
