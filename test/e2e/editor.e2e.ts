/** The extension in a real VS Code: diagnostics, hints, quick fixes, hover, completion, commands. */

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { file, open, until } from './support';

suite('Flink on Kubernetes in VS Code', () => {
  test('diagnostics with rule codes, ranges and severities', async () => {
    const doc = await open('conflict.yaml');
    const diags = await until(() => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'flink-k8s');
      return d.length ? d : undefined;
    }, 'diagnostics');
    const ignored = diags.find((d) => d.code === 'job-parallelism-ignored');
    assert.ok(ignored, JSON.stringify(diags.map((d) => d.code)));
    assert.equal(ignored.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(ignored.range.start.line, 18);
    assert.equal(doc.getText(ignored.range), '10');
    assert.match(ignored.message, /job\.parallelism 10 is ignored/);
  });

  test('inlay hints show pods, parallelism and memory', async () => {
    const doc = await open('conflict.yaml');
    const hints = await until(async () => {
      const h = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0));
      return h?.length ? h : undefined;
    }, 'inlay hints');
    const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
    assert.ok(labels.includes(' 2 pods × 2 slots, 4 needed'), labels.join(' | '));
    assert.ok(labels.includes(' → parallelism 4'));
    assert.ok(labels.includes(' ignored → 4'));
  });

  test('applying the preferred quick fix edits the document and keeps comments', async () => {
    const doc = await open('conflict.yaml');
    const diag = await until(() => vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 'job-parallelism-ignored'), 'the finding');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred);
    assert.equal(fix?.title, 'Remove job.parallelism (replicas decide) (restarts the running job)', 'removing it is still a spec change');
    assert.ok(fix?.edit && (await vscode.workspace.applyEdit(fix.edit)));
    assert.ok(!doc.getText().includes('parallelism: 10'));
    assert.ok(doc.getText().includes('# A job whose parallelism the operator ignores'));
    await until(() => (vscode.languages.getDiagnostics(doc.uri).some((d) => d.code === 'job-parallelism-ignored') ? undefined : true), 'the finding to go away');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('hover explains a field with the projected value', async () => {
    const doc = await open('conflict.yaml');
    const position = new vscode.Position(14, 6);
    const hovers = await until(async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
      return h?.length ? h : undefined;
    }, 'hover');
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /spec\.taskManager\.replicas/);
    assert.match(text, /parallelism 4/);
  });

  test('completion offers enum values and flinkConfiguration keys', async () => {
    const doc = await open('conflict.yaml');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    await editor.edit((e) => e.insert(new vscode.Position(10, 0), '    execution.checkpointing.\n'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(10, 28));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('execution.checkpointing.interval'), labels.slice(0, 20).join(','));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('YAML that is not a Flink resource gets nothing', async () => {
    const doc = await open('not-flink.yaml');
    const orders = await open('orders.yaml');
    // The server is answering once the Flink file next to it has its lenses.
    await until(async () => ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', orders.uri))?.length ? true : undefined), 'the server to answer');
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0));
    assert.deepEqual(hints ?? [], []);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    assert.deepEqual(lenses ?? [], []);
    assert.deepEqual(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'flink-k8s'), []);
  });

  test('CodeLens and commands', async () => {
    const doc = await open('orders.yaml');
    const lenses = await until(async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
      return l?.length ? l : undefined;
    }, 'code lens');
    assert.equal(lenses[0]?.command?.title, 'parallelism 6 · 5 TaskManagers × 4 slots · 11 CPU · 22 GiB');
    const all = await vscode.commands.getCommands(true);
    for (const id of ['flinkK8s.restartServer', 'flinkK8s.showOutput', 'flinkK8s.showProjection']) assert.ok(all.includes(id), id);
    // The projection view itself is tested in projection-report.e2e.ts.
    await vscode.commands.executeCommand('flinkK8s.restartServer');
    await until(() => (vscode.languages.getDiagnostics(file('conflict.yaml')).length ? true : undefined), 'diagnostics after restart');
  });
});
