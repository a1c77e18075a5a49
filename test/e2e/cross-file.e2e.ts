/**
 * The workspace index in a real VS Code: a session job finds its session cluster in a file nobody
 * opened. On desktop the server reads it from disk; in the browser (test/web) the client lists
 * and reads it with workspace.findFiles and workspace.fs for the server's web worker.
 */

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ProjectionRequest, ProjectionResult } from '../../server/src/protocol/requests';
import { api, open, until } from './support';

suite('Workspace index', () => {
  test('a session job is linked to its cluster in a file that is not open', async () => {
    const flink = await api();
    const doc = await open('session-job.yaml');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.path.endsWith('/sessions.yaml')), 'the cluster file is not open');
    // The index is built in the background after start-up: wait for the link, not for a set time.
    const lens = await until(async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
      return lenses?.find((l) => l.command?.title.endsWith(' in sessions'));
    }, 'the CodeLens of the linked session job');
    assert.equal(lens.command?.title, 'parallelism 3 · 3 slots in sessions');
    const client = flink.client();
    assert.ok(client);
    // By method name: the tests' copy of the protocol library is not the extension's.
    const [row] = (await client.sendRequest<ProjectionResult>(ProjectionRequest.method, { textDocument: { uri: doc.uri.toString() } })).resources;
    assert.equal(row?.sessionCluster, 'sessions');
    assert.equal(row?.taskManagers, 2, '3 slots on the cluster\'s 2-slot TaskManagers');
    // Unlinked, the job gets a session-job warning ("No FlinkDeployment ..."); linked, none.
    await until(() => (vscode.languages.getDiagnostics(doc.uri).some((d) => d.code === 'session-job') ? undefined : true), 'the unlinked warning to go');
  });
});
