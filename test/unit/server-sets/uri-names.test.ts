/** Workspace URIs as core paths, and the file name patterns of flinkK8s/listFiles. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinUri, splitUri } from '../../../server/src/sets/uri-path';
import { namePattern, SET_FILES, YAML_FILES, ALL_FILES } from '../../../server/src/protocol/files';

test('a URI splits into its origin and decoded path, and joins back to the same file', () => {
  assert.deepEqual(splitUri('file:///home/a/my%20chart/values.yaml'), { origin: 'file://', path: '/home/a/my chart/values.yaml' });
  assert.deepEqual(splitUri('vscode-vfs://github/acme/deploy/base'), { origin: 'vscode-vfs://github', path: '/acme/deploy/base' });
  assert.deepEqual(splitUri('file:///c%3A/charts/Chart.yaml'), { origin: 'file://', path: '/c:/charts/Chart.yaml' });
  assert.deepEqual(splitUri('vscode-test-web://mount/'), { origin: 'vscode-test-web://mount', path: '/' });
  assert.equal(splitUri('untitled:Untitled-1'), undefined);
  assert.equal(splitUri('file:///bad%E0%A4%A.yaml'), undefined);
  assert.equal(joinUri('file://', '/home/a/my chart/values.yaml'), 'file:///home/a/my%20chart/values.yaml');
  assert.equal(joinUri('file://', '/c:/charts/Chart.yaml'), 'file:///c%3A/charts/Chart.yaml');
  assert.deepEqual(splitUri(joinUri('vscode-vfs://github', '/a/#b?/c%d')), { origin: 'vscode-vfs://github', path: '/a/#b?/c%d' });
});

test('file name patterns: YAML, the files that make charts and overlays, everything', () => {
  const yaml = namePattern(YAML_FILES);
  assert.ok(yaml.test('a.yaml') && yaml.test('b.yml') && yaml.test('C.YAML'));
  assert.ok(!yaml.test('a.yamlx') && !yaml.test('ayaml') && !yaml.test('_helpers.tpl'));
  const sets = namePattern(SET_FILES);
  assert.deepEqual(['Chart.yaml', 'kustomization.yaml', 'kustomization.yml', 'Kustomization', 'values.yaml', 'Kustomization.json', 'xChart.yaml'].filter((n) => sets.test(n)), ['Chart.yaml', 'kustomization.yaml', 'kustomization.yml', 'Kustomization']);
  assert.ok(namePattern(ALL_FILES).test('_helpers.tpl') && namePattern(ALL_FILES).test('Kustomization'));
  assert.ok(namePattern('values-?.y*ml').test('values-a.yaml') && !namePattern('values-?.y*ml').test('values-ab.yaml'));
  assert.ok(namePattern('a+(b).[c]').test('a+(b).[c]') && !namePattern('a+(b).[c]').test('aab.c'));
});
