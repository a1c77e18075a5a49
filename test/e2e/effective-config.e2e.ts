/** Flink: Show Effective Configuration in a real VS Code: a read-only view beside the file that follows its edits. */

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { open, until } from './support';

suite('Flink: Show Effective Configuration', () => {
  test('opens the effective flinkConfiguration beside the file and follows its edits', async () => {
    const doc = await open('orders.yaml');
    await until(async () => ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri))?.length ? true : undefined), 'the server to answer');
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('flinkK8s.showEffectiveConfig'));
    await vscode.commands.executeCommand('flinkK8s.showEffectiveConfig');
    const view = await until(() => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'flink-effective-config' && d.getText().includes('parallelism.default')), 'the view');
    assert.equal(view.uri.query, doc.uri.toString());
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document === view), 'shown in an editor');
    const text = view.getText();
    // The workspace targets operator 1.15, whose Helm chart still lists slots and parallelism.
    assert.match(text, /^# Effective flinkConfiguration of FlinkDeployment flink\/orders-enrichment \(orders\.yaml:12\), operator 1\.15, Flink v1_20\./);
    assert.match(text, /^"parallelism\.default": "6"  # set by the operator: spec\.job\.parallelism 6 \(line 40\); replaces "1" from the operator Helm chart's default "parallelism\.default", "1" from Flink default$/m);
    assert.match(text, /^"taskmanager\.numberOfTaskSlots": "4"  # flinkConfiguration \(line 22\); replaces "1" from the operator Helm chart's default/m);
    assert.match(text, /^"taskmanager\.memory\.process\.size": "4 gb"  # set by the operator: spec\.taskManager\.resource\.memory "4096m" \(line 34\)$/m);
    // The view cannot be typed into: it is what the operator will do, not a file.
    await vscode.window.showTextDocument(view);
    await vscode.commands.executeCommand('type', { text: 'typed' });
    assert.equal(view.getText(), text);
    assert.equal(view.isDirty, false);
    // An edit to the resource shows up in the view.
    const editor = await vscode.window.showTextDocument(doc);
    const at = doc.getText().indexOf('parallelism: 6');
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'parallelism: 6'.length)), 'parallelism: 8'));
    await until(() => (view.getText().includes('"parallelism.default": "8"') ? true : undefined), 'the view to follow the edit');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
