/**
 * A Helm chart in the workspace: the template shows the rendered resource, and follows values.yaml.
 * On desktop the server reads the chart from disk; in the browser (test/web) the client lists and
 * reads its files (Chart.yaml, values.yaml, templates/_helpers.tpl) for the server's web worker.
 */

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, open, until } from './support';

async function lensTitles(uri: vscode.Uri): Promise<string[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  return (lenses ?? []).map((l) => l.command?.title ?? '');
}

suite('Helm charts in VS Code', () => {
  test('editing values.yaml updates the projection shown in the template', async () => {
    await api(); // the extension and its language server are running (this suite may be the first)
    const template = await open('chart/templates/flinkdeployment.yaml');
    const before = await until(async () => (await lensTitles(template.uri)).find((t) => t.startsWith('parallelism 4')), 'the rendered projection above the template');
    assert.equal(before, 'parallelism 4 · 2 TaskManagers × 2 slots · 3 CPU · 6 GiB');
    const values = await open('chart/values.yaml');
    const edit = new vscode.WorkspaceEdit();
    const at = values.getText().indexOf('replicas: 2') + 'replicas: '.length;
    edit.replace(values.uri, new vscode.Range(values.positionAt(at), values.positionAt(at + 1)), '5');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await vscode.window.showTextDocument(template);
    const after = await until(async () => (await lensTitles(template.uri)).find((t) => t.startsWith('parallelism 10')), 'the projection to follow values.yaml');
    assert.equal(after, 'parallelism 10 · 5 TaskManagers × 2 slots · 6 CPU · 12 GiB');
    await vscode.window.showTextDocument(values);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    // Back to the chart's own values before the next suite: the refresh that follows the revert is over.
    await until(async () => ((await lensTitles(template.uri))[0]?.startsWith('parallelism 4') ? true : undefined), 'the projection to follow the reverted values.yaml');
  });
});
