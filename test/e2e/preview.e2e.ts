/** The preview, the report and the status bar in a real VS Code. */

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, file, until } from './support';

suite('Preview, report and status bar', () => {
  test('activation reports how long it took to start the language server', async () => {
    const flink = await api();
    // A figure for the README, not a timing assertion (the machines are noisy).
    console.log(`extension activation (until the language server runs, ${flink.serverHost === 'node' ? 'a Node process' : 'a web worker'}): ${flink.activationMs} ms`);
    assert.ok(flink.activationMs > 0 && flink.client()?.isRunning(), 'the server runs after activation');
    // A Node server reports its process (the crash tests kill it); a web worker has none.
    assert.equal(flink.server().pid !== undefined, flink.serverHost === 'node');
  });

  test('the pod layout preview opens with the projection and follows edits', async () => {
    const flink = await api();
    const doc = await vscode.workspace.openTextDocument(file('orders.yaml'));
    const editor = await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('flinkK8s.showPodLayout');
    // An earlier suite may have left the preview open on this file: wait until it shows the file as it is now.
    const first = await until(() => {
      const m = flink.podLayout();
      return m?.type === 'layout' && m.uri === doc.uri.toString() && m.resources[0]?.taskManagers === 5 ? m : undefined;
    }, 'the preview data');
    assert.equal(first.resources[0]?.name, 'orders-enrichment');
    assert.equal(first.resources[0]?.taskManagers, 5);
    const line = doc.getText().split('\n').findIndex((l) => l.includes('taskmanager.numberOfTaskSlots'));
    await editor.edit((e) => e.replace(new vscode.Range(line, 0, line, doc.lineAt(line).text.length), '    taskmanager.numberOfTaskSlots: "2"'));
    const updated = await until(() => {
      const m = flink.podLayout();
      return m?.type === 'layout' && m.resources[0]?.taskManagers === 9 ? m : undefined;
    }, 'the preview to follow the edit');
    assert.equal(updated.resources[0]?.slotsPerTaskManager, 2);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('the status bar shows the active Flink file', async () => {
    const flink = await api();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file('orders.yaml')));
    const text = await until(() => {
      const t = flink.statusBarText();
      return t?.includes('5 TM') ? t : undefined;
    }, 'the status bar text');
    assert.equal(text, '$(server-process) Flink: 5 TM · 20 slots · 11 CPU · 22 GiB');
  });

  test('the workspace report lists every resource with totals', async () => {
    const flink = await api();
    await vscode.commands.executeCommand('flinkK8s.resourceReport', 'workspace');
    const report = await until(() => flink.lastReport(), 'the report');
    const names = report.rows.map((r) => r.name).sort();
    // The chart's template is reported as the resource it renders to.
    assert.deepEqual(names, ['clicks', 'conflict', 'orders-enrichment', 'release-name-demo', 'sessions']);
    assert.match(report.markdown, /\| flink \| orders\\-enrichment \| FlinkDeployment \| native \| 6 \| 18 \/ 20 \| 5 \| 1 \|/);
    // The session job (session-job.yaml) is read with its cluster (sessions.yaml): both closed files.
    assert.equal(report.rows.find((r) => r.name === 'clicks')?.sessionCluster, 'sessions');
    assert.match(report.markdown, /\| \*\*all\*\* \| 5 \| 15 \| 24 \/ 24 \| 48 GiB \/ 48 GiB \|/);
  });
});
