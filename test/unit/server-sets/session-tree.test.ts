/**
 * The language server's SourceTree: the core reads it synchronously, the FileSystemHost answers
 * asynchronously; `settle` runs the core until everything it read has been fetched.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SessionTree } from '../../../server/src/sets/session-tree';
import { renderChart } from '../../../server/src/core/helm/chart/load';
import { buildOverlay } from '../../../server/src/core/kustomize/build';
import { idOf } from '../../../server/src/core/kustomize/resource';
import { MAX_INDEXED_FILES } from '../../../server/src/protocol/files';
import { MemoryHost } from '../../support/memory-host';

const ORIGIN = 'vscode-vfs://github';
const ROOT = `${ORIGIN}/acme/deploy`;
const CHART = '/acme/deploy/chart';

function chartFiles(): Map<string, string> {
  return new Map([
    [`${ROOT}/chart/Chart.yaml`, 'apiVersion: v2\nname: demo\nversion: 0.1.0\n'],
    [`${ROOT}/chart/values.yaml`, 'replicas: 3\n'],
    [`${ROOT}/chart/templates/_helpers.tpl`, '{{- define "demo.name" -}}{{ .Chart.Name }}-{{ .Release.Name }}{{- end }}\n'],
    [`${ROOT}/chart/templates/deployment.yaml`, 'kind: FlinkDeployment\nmetadata:\n  name: {{ include "demo.name" . }}\nspec:\n  taskManager:\n    replicas: {{ .Values.replicas }}\n'],
    [`${ROOT}/chart/files/conf.txt`, 'x'],
  ]);
}

test('settle fetches what the core reads, the helpers included, and asks nothing the second time', async () => {
  const host = new MemoryHost(chartFiles());
  const tree = new SessionTree(ORIGIN, host);
  const rendered = await tree.settle(() => renderChart(tree, CHART));
  assert.deepEqual(rendered.errors, []);
  assert.equal(rendered.outputs[0]?.text, 'kind: FlinkDeployment\nmetadata:\n  name: demo-release-name\nspec:\n  taskManager:\n    replicas: 3\n');
  const asked = host.take();
  assert.ok(asked.includes(`list ${ROOT}/chart *`), asked.join('\n'));
  for (const f of ['Chart.yaml', 'values.yaml', 'templates/_helpers.tpl', 'templates/deployment.yaml']) assert.ok(asked.includes(`read ${ROOT}/chart/${f}`), f);
  assert.ok(!asked.includes(`read ${ROOT}/chart/files/conf.txt`), 'a file nobody reads is not fetched');
  await tree.settle(() => renderChart(tree, CHART));
  assert.deepEqual(host.take(), []);
});

test('open documents win over the fetched files', async () => {
  const tree = new SessionTree(ORIGIN, new MemoryHost(chartFiles()));
  tree.setOpen(new Map([[`${CHART}/values.yaml`, 'replicas: 7\n']]));
  const rendered = await tree.settle(() => renderChart(tree, CHART));
  assert.match(rendered.outputs[0]?.text ?? '', /replicas: 7/);
});

test('a complete listing tells that a file is absent without asking; a listing cut short does not', async () => {
  const host = new MemoryHost(chartFiles());
  const tree = new SessionTree(ORIGIN, host);
  await tree.settle(() => tree.list(CHART));
  host.take();
  assert.equal(await tree.settle(() => tree.read(`${CHART}/values-prod.yaml`)), undefined);
  assert.deepEqual(host.take(), []);
  const many = new Map([...Array(MAX_INDEXED_FILES).keys()].map((i) => [`${ROOT}/big/f${i}.yaml`, '']));
  const bigHost = new MemoryHost(many);
  const big = new SessionTree(ORIGIN, bigHost);
  await big.settle(() => big.list('/acme/deploy/big'));
  bigHost.take();
  await big.settle(() => big.read('/acme/deploy/big/other.yaml'));
  assert.deepEqual(bigHost.take(), [`read ${ROOT}/big/other.yaml`]);
});

test('list tells folders from files, as the kustomize build needs', async () => {
  const host = new MemoryHost(new Map([
    [`${ROOT}/base/kustomization.yaml`, 'resources:\n  - app.yaml\n'],
    [`${ROOT}/base/app.yaml`, 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: app\n'],
    [`${ROOT}/prod/kustomization.yaml`, 'resources:\n  - ../base\nnamePrefix: prod-\n'],
  ]));
  const tree = new SessionTree(ORIGIN, host);
  const built = await tree.settle(() => buildOverlay(tree, '/acme/deploy/prod'));
  assert.deepEqual(built.errors, []);
  assert.deepEqual(built.resources.map((r) => idOf(r).name), ['prod-app']);
  assert.deepEqual(tree.list('/acme/deploy/base'), [{ name: 'app.yaml', dir: false }, { name: 'kustomization.yaml', dir: false }]);
  assert.equal(tree.list('/acme/deploy/base/app.yaml'), undefined);
});

test('a changed file is read again; a created one is listed again', async () => {
  const files = chartFiles();
  const host = new MemoryHost(files);
  const tree = new SessionTree(ORIGIN, host);
  await tree.settle(() => renderChart(tree, CHART));
  files.set(`${ROOT}/chart/values.yaml`, 'replicas: 5\n');
  tree.forget(`${CHART}/values.yaml`, false);
  assert.match((await tree.settle(() => renderChart(tree, CHART))).outputs[0]?.text ?? '', /replicas: 5/);
  files.set(`${ROOT}/chart/templates/second.yaml`, 'kind: ConfigMap\n');
  tree.forget(`${CHART}/templates/second.yaml`, true);
  assert.equal((await tree.settle(() => renderChart(tree, CHART))).outputs.length, 2);
});

test('a URI is the one the host listed; other paths get one made from their origin', async () => {
  const host = new MemoryHost(new Map([[`${ROOT}/my%20chart/Chart.yaml`, 'name: x\n']]));
  const tree = new SessionTree(ORIGIN, host);
  await tree.settle(() => tree.list('/acme/deploy/my chart'));
  assert.equal(tree.uriOf('/acme/deploy/my chart/Chart.yaml'), `${ROOT}/my%20chart/Chart.yaml`);
  assert.equal(tree.uriOf('/acme/deploy/a b.yaml'), `${ROOT}/a%20b.yaml`);
});
