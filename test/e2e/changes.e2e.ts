/**
 * Change impact in a real VS Code: the workspace becomes a git repository, the extension reads
 * each file's HEAD version through VS Code's built-in git extension, and editing a committed file
 * shows the change's CodeLens and field diagnostics, updated as you type, and the preview's
 * Change section. (Git runs here, in the test; the extension never starts a process.)
 */

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as vscode from 'vscode';
import { api, file, until } from './support';

/** The workspace folder on disk: this suite runs on desktop only (it runs git). */
const folder = () => vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';

function git(...args: string[]): void {
  const r = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: folder(), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}

const changeDiagnostics = (doc: vscode.TextDocument) => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.code === 'change-impact');

async function changeLenses(doc: vscode.TextDocument): Promise<string[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
  return (lenses ?? []).map((l) => l.command?.title ?? '').filter((t) => t.startsWith('This change'));
}

function lineOf(doc: vscode.TextDocument, text: string): number {
  return doc.getText().split('\n').findIndex((l) => l.includes(text));
}

async function replaceLine(editor: vscode.TextEditor, find: string, next: string): Promise<void> {
  const doc = editor.document;
  const line = lineOf(doc, find);
  await editor.edit((e) => e.replace(new vscode.Range(line, 0, line, doc.lineAt(line).text.length), next));
}

suite('Change impact against git HEAD', () => {
  suiteSetup(async () => {
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'base');
    await vscode.commands.executeCommand('git.openRepository', folder());
  });

  test('editing a committed file shows the CodeLens and field diagnostics, updated as you type', async () => {
    const flink = await api();
    const doc = await vscode.workspace.openTextDocument(file('orders.yaml'));
    const editor = await vscode.window.showTextDocument(doc);
    await until(() => (flink.changeBases()[doc.uri.toString()] === 'HEAD' ? true : undefined), 'the base from the git extension', 60000);
    assert.deepEqual(changeDiagnostics(doc), [], 'the file equals HEAD');

    await replaceLine(editor, 'taskmanager.numberOfTaskSlots', '    taskmanager.numberOfTaskSlots: "2"');
    const [slots] = await until(() => { const d = changeDiagnostics(doc); return d.length === 1 ? d : undefined; }, 'a change diagnostic');
    assert.equal(slots?.range.start.line, lineOf(doc, 'taskmanager.numberOfTaskSlots'));
    assert.equal(slots?.severity, vscode.DiagnosticSeverity.Warning, 'a stateless restart of a job that checkpoints loses its state');
    assert.equal(slots?.message, 'Since HEAD: spec.flinkConfiguration.taskmanager.numberOfTaskSlots changed from 4 to 2: an upgrade: the operator cancels the job and starts it again without state: discards the job\'s state.');
    assert.deepEqual(await until(async () => { const l = await changeLenses(doc); return l.length ? l : undefined; }, 'the change CodeLens'), ['This change: restarts without state']);

    // Savepoint upgrades need both directories, or the operator rejects the change.
    await replaceLine(editor, 'pipeline.object-reuse', '    pipeline.object-reuse: "true"\n    execution.checkpointing.dir: s3://bucket/checkpoints\n    execution.checkpointing.savepoint-dir: s3://bucket/savepoints');
    await replaceLine(editor, 'upgradeMode: stateless', '    upgradeMode: savepoint');
    await replaceLine(editor, '    parallelism: 6', '    parallelism: 8');
    await until(() => (changeDiagnostics(doc).length === 5 ? true : undefined), 'five change diagnostics after typing');
    const messages = changeDiagnostics(doc).map((d) => d.message);
    assert.ok(messages.includes('Since HEAD: spec.job.parallelism changed from 6 to 8: an upgrade: the operator stops the job with a savepoint and restores it from that savepoint.'), messages.join('\n'));
    assert.ok(messages.includes('Since HEAD: spec.job.upgradeMode changed from stateless to savepoint: no restart on its own; the upgrade this change triggers already uses it.'), messages.join('\n'));
    assert.deepEqual(await until(async () => { const l = await changeLenses(doc); return l.includes('This change: restarts from a savepoint') ? l : undefined; }, 'the CodeLens to follow'), ['This change: restarts from a savepoint']);

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(lineOf(doc, '    parallelism: 8'), 18));
    const hover = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hover, /This change \(since HEAD\)/);
    assert.match(hover, /last\\-state\\-fallback/, 'the hover lists the conditions');
  });

  test('the preview shows the change with the projection before and after', async () => {
    const flink = await api();
    const doc = await vscode.workspace.openTextDocument(file('orders.yaml'));
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('flinkK8s.showPodLayout');
    const message = await until(() => {
      const m = flink.podLayout();
      return m?.type === 'layout' && m.resources[0]?.change?.headline === 'restarts from a savepoint' ? m : undefined;
    }, 'the Change section data');
    const change = message.resources[0]?.change;
    assert.deepEqual([change?.projection.before?.taskManagers, change?.projection.after?.taskManagers], [5, 10]);
    assert.deepEqual([change?.projection.before?.parallelism, change?.projection.after?.parallelism], [6, 8]);
    // The README's picture: the editor with the change's CodeLens and diagnostics beside the preview.
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await new Promise((r) => setTimeout(r, 1500));
    console.log('flink-k8s:screenshot changes-editor');
    await until(async () => ((await vscode.workspace.fs.stat(file('.screenshot-changes-editor')).then(() => true, () => undefined))), 'the screenshot', 30000);
    assert.deepEqual(change?.fields.map((f) => f.path), ['spec.job.parallelism', 'spec.job.upgradeMode', 'spec.flinkConfiguration.execution.checkpointing.dir', 'spec.flinkConfiguration.execution.checkpointing.savepoint-dir', 'spec.flinkConfiguration.taskmanager.numberOfTaskSlots']);
  });

  test('reverting to HEAD clears the change; the setting turns it off', async () => {
    const flink = await api();
    const doc = await vscode.workspace.openTextDocument(file('orders.yaml'));
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await until(() => (changeDiagnostics(doc).length === 0 ? true : undefined), 'no change after the revert');
    const config = vscode.workspace.getConfiguration('flinkK8s');
    await config.update('changes.base', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      await until(() => (flink.changeBases()[doc.uri.toString()] === null ? true : undefined), 'the base to be cleared');
      const editor = await vscode.window.showTextDocument(doc);
      await replaceLine(editor, '    parallelism: 6', '    parallelism: 9');
      await new Promise((r) => setTimeout(r, 1500));
      assert.deepEqual(changeDiagnostics(doc), [], 'no change information while it is off');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    } finally {
      await config.update('changes.base', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
