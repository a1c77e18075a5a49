/**
 * A workspace the server cannot read itself (the web worker; a virtual workspace in desktop VS
 * Code): the client lists and reads its files through flinkK8s/listFiles and flinkK8s/readFile,
 * and the workspace index, file events and the workspace report work as they do from disk.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clientFiles } from '../../server/src/host/files';
import { nodeFiles } from '../../server/src/host/disk-files';
import { ListFilesParams, namePattern, ReadFileParams, SET_FILES, YAML_FILES } from '../../server/src/protocol/files';
import { eventually, TestClient } from '../support/lsp';
import { valid } from '../support/heads';

const ROOT = 'vscode-vfs://github/acme/deploy';
const cluster = valid('', '').replace('name: demo', 'name: sessions');
const job = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkSessionJob\nmetadata: { name: j }\nspec:\n  deploymentName: sessions\n  job: { jarURI: "https://repo.example.com/a.jar", parallelism: 3 }\n';
const JOB = `${ROOT}/jobs/job.yaml`;

/** A client whose workspace lives only in `files`; it records what the server asked for. */
async function virtualWorkspace(files: Map<string, string>, host = clientFiles): Promise<{ c: TestClient; asked: string[] }> {
  const c = new TestClient({ files: host, workspaceFolder: ROOT });
  const asked: string[] = [];
  c.connection.onRequest('flinkK8s/listFiles', (p: ListFilesParams) => {
    asked.push(`list ${p.folders.join(',')} ${p.names}`);
    const names = namePattern(p.names ?? YAML_FILES);
    return { uris: [...files.keys()].filter((u) => p.folders.some((f) => u.startsWith(`${f}/`)) && names.test(u.slice(u.lastIndexOf('/') + 1))) };
  });
  c.connection.onRequest('flinkK8s/readFile', (p: ReadFileParams) => {
    asked.push(`read ${p.uri}`);
    const text = files.get(p.uri);
    return { text: text !== undefined && text.length <= p.maxBytes ? text : null };
  });
  await c.initialize();
  return { c, asked };
}

const projection = async (c: TestClient, uri: string) => (await c.request<{ resources: Array<{ name: string; sessionCluster: string | null; taskManagers: number | null }> }>('flinkK8s/projection', { textDocument: { uri } })).resources;

for (const [name, host] of [['the browser server', clientFiles], ['the Node server on a non-file folder', nodeFiles]] as const) {
  test(`${name}: a session job finds its cluster in a file the client listed and read`, async () => {
    const { c, asked } = await virtualWorkspace(new Map([[`${ROOT}/clusters/sessions.yaml`, cluster], [`${ROOT}/values.yaml`, 'replicaCount: 2\n']]), host);
    await c.open(JOB, job);
    const [row] = await eventually(async () => {
      const rows = await projection(c, JOB);
      return rows[0]?.sessionCluster ? rows : undefined;
    });
    assert.equal(row?.sessionCluster, 'sessions');
    assert.equal(row?.taskManagers, 2, '3 slots on 2-slot TaskManagers of the cluster');
    assert.ok(!(await c.diagnostics(JOB)).some((d) => d.code === 'session-job'), 'no "no FlinkDeployment" warning');
    // The YAML files for the index, and the files that make charts and overlays (there are none here).
    assert.deepEqual(asked.sort(), [`list ${ROOT} ${YAML_FILES}`, `list ${ROOT} ${SET_FILES}`, `read ${ROOT}/clusters/sessions.yaml`, `read ${ROOT}/values.yaml`].sort());
    c.dispose();
  });
}

test('without the cluster file the same session job is warned about (the test above can fail)', async () => {
  const { c } = await virtualWorkspace(new Map([[`${ROOT}/values.yaml`, 'replicaCount: 2\n']]));
  await c.open(JOB, job);
  const diags = await c.diagnostics(JOB);
  assert.match(diags.find((d) => d.code === 'session-job')?.message ?? '', /Session cluster "sessions" \(namespace "\(default\)"\) is not among the analysed files/);
  c.dispose();
});

test('a watched-file change is read through the client and links the job; a deletion unlinks it', async () => {
  const files = new Map<string, string>();
  const { c } = await virtualWorkspace(files);
  await c.open(JOB, job);
  assert.equal((await projection(c, JOB))[0]?.sessionCluster, null);
  files.set(`${ROOT}/sessions.yaml`, cluster);
  await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `${ROOT}/sessions.yaml`, type: 1 }] });
  await eventually(async () => ((await projection(c, JOB))[0]?.sessionCluster === 'sessions' ? true : undefined));
  await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `${ROOT}/sessions.yaml`, type: 3 }] });
  await eventually(async () => ((await projection(c, JOB))[0]?.sessionCluster === null ? true : undefined));
  c.dispose();
});

test('the workspace report analyses closed files read through the client; unreadable ones are left out', async () => {
  const files = new Map([[`${ROOT}/sessions.yaml`, cluster], [`${ROOT}/big.yaml`, `# flink.apache.org/\n${'x'.repeat(3 * 1024 * 1024)}\n`]]);
  const { c } = await virtualWorkspace(files);
  await eventually(async () => ((await c.request<{ files: number }>('flinkK8s/workspaceReport', {})).files === 1 ? true : undefined));
  files.delete(`${ROOT}/sessions.yaml`); // gone since it was indexed: the report skips it instead of failing
  const report = await c.request<{ files: number; resources: Array<{ name: string }> }>('flinkK8s/workspaceReport', {});
  assert.deepEqual(report, { files: 1, resources: [] });
  c.dispose();
});

test('a client that does not answer the file requests leaves the index empty, and the server keeps working', async () => {
  const c = new TestClient({ files: clientFiles, workspaceFolder: ROOT });
  await c.initialize();
  await c.open(JOB, job);
  assert.match((await c.diagnostics(JOB)).find((d) => d.code === 'session-job')?.message ?? '', /Session cluster "sessions" \(namespace "\(default\)"\) is not among the analysed files/);
  c.dispose();
});

test('the workspace report leaves out a file opened from outside the workspace folders', async () => {
  const { c } = await virtualWorkspace(new Map([[`${ROOT}/sessions.yaml`, cluster]]));
  await c.open('file:///tmp/elsewhere/scratch.yaml', valid('', '').replace('name: demo', 'name: scratch'));
  await c.open(JOB, job);
  await c.diagnostics('file:///tmp/elsewhere/scratch.yaml');
  await c.diagnostics(JOB);
  const report = await eventually(async () => {
    const r = await c.request<{ files: number; resources: Array<{ name: string }> }>('flinkK8s/workspaceReport', {});
    return r.files === 2 ? r : undefined;
  });
  assert.deepEqual(report.resources.map((r) => r.name).sort(), ['j', 'sessions']);
  c.dispose();
});

test('a file opened before the scan reaches it and closed without ever being analysed is in the workspace report', async () => {
  const files = new Map([[`${ROOT}/sessions.yaml`, cluster], [JOB, job]]);
  const { c } = await virtualWorkspace(files);
  // Pull diagnostics: nothing asks about the open document, so its own analysis never runs.
  await c.open(JOB, job);
  const report = await eventually(async () => {
    const r = await c.request<{ files: number; resources: Array<{ name: string }> }>('flinkK8s/workspaceReport', {});
    return r.files === 2 ? r : undefined;
  });
  assert.deepEqual(report.resources.map((r) => r.name).sort(), ['j', 'sessions']);
  await c.connection.sendNotification('textDocument/didClose', { textDocument: { uri: JOB } });
  const closed = await c.request<{ files: number; resources: Array<{ name: string }> }>('flinkK8s/workspaceReport', {});
  assert.deepEqual(closed.resources.map((r) => r.name).sort(), ['j', 'sessions']);
  c.dispose();
});
