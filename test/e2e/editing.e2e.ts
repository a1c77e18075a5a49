/**
 * Editing comfort in a real VS Code: what the suggest widget picks after VS Code's own filtering
 * and sorting (the first item is accepted), value completion opening by itself after a key, hover
 * text on spec fields, and the typing cases (one finding per mistake, the projection waiting
 * for valid YAML).
 */

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { until } from './support';

const RESOURCE = `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: typing
spec:
  image: flink:1.20
  flinkVersion: v1_20
  serviceAccount: flink
  flinkConfiguration:
    taskmanager.numberOfTaskSlots: "2"
  jobManager:
    resource: { memory: 2048m, cpu: 1 }
  taskManager:
    resource: { memory: 4096m, cpu: 2 }
    podTemplate:
      spec:
        tolerations:
          - key: dedicated
            effect: NoSchedule
  job:
    jarURI: local:///opt/flink/usrlib/app.jar
    parallelism: 4
    upgradeMode: stateless
`;
const CONFIG_LINE = 10;

/** Files outside the workspace, so the workspace report and index never see them. */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'flink-k8s-typing-'));
let files = 0;

async function scratchFile(text = RESOURCE): Promise<vscode.TextEditor> {
  const file = path.join(scratch, `typing-${++files}.yaml`);
  fs.writeFileSync(file, text);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const editor = await vscode.window.showTextDocument(doc);
  // The server has analysed the document once its CodeLens is there.
  await until(async () => ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri))?.length ? true : undefined), 'the server to answer');
  return editor;
}

/** Types a new line with the cursor at its end. */
async function typeLine(editor: vscode.TextEditor, line: number, text: string): Promise<void> {
  await editor.edit((e) => e.insert(new vscode.Position(line, 0), `${text}\n`));
  editor.selection = new vscode.Selection(line, text.length, line, text.length);
}

/** Accepts the suggest widget's selected item once it has one; returns the changed line. */
async function acceptSuggestion(editor: vscode.TextEditor, line: number, trigger: boolean): Promise<string> {
  const before = editor.document.lineAt(line).text;
  if (trigger) await vscode.commands.executeCommand('editor.action.triggerSuggest');
  for (let i = 0; i < 60; i++) {
    await new Promise((r) => setTimeout(r, 250));
    await vscode.commands.executeCommand('acceptSelectedSuggestion');
    const now = editor.document.lineAt(line).text;
    if (now !== before) return now;
    if (trigger && i % 12 === 11) await vscode.commands.executeCommand('editor.action.triggerSuggest');
  }
  throw new Error(`no suggestion was accepted on line ${line + 1}: ${before}`);
}

async function close(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

suite('Editing comfort in VS Code', () => {
  test('ranking survives VS Code\'s own sort: state.back picks state.backend.type, then its values open and the default is picked', async () => {
    const editor = await scratchFile();
    await typeLine(editor, CONFIG_LINE, '    state.back');
    assert.equal(await acceptSuggestion(editor, CONFIG_LINE, true), '    state.backend.type: ');
    // The key's command opened value completion by itself: accept without triggering.
    assert.equal(await acceptSuggestion(editor, CONFIG_LINE, false), '    state.backend.type: hashmap');
    await close();
  });

  test('a word inside the key (word-boundary match) picks the option people set most: interval → execution.checkpointing.interval', async () => {
    const editor = await scratchFile();
    await typeLine(editor, CONFIG_LINE, '    interval');
    assert.equal(await acceptSuggestion(editor, CONFIG_LINE, true), '    execution.checkpointing.interval: ');
    await close();
  });

  test('hover explains operator and pod template fields in our words', async () => {
    const editor = await scratchFile();
    const hover = async (line: number, character: number) => {
      const hovers = await until(async () => {
        const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line, character));
        return h?.length ? h : undefined;
      }, 'hover');
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    };
    assert.match(await hover(22, 6), /\*\*spec\.job\.upgradeMode\*\*/);
    assert.match(await hover(22, 18), /`stateless`: Every upgrade starts the job from scratch/);
    assert.match(await hover(18, 14), /Taint effect to tolerate/);
    await close();
  });

  test('typing: a quoted parallelism gives one finding whose preferred fix writes it as a number; a mis-indented block gives one syntax finding and the CodeLens waits', async () => {
    const editor = await scratchFile();
    const doc = editor.document;
    const replaceLine = (line: number, text: string) => editor.edit((e) => e.replace(new vscode.Range(line, 0, line, doc.lineAt(line).text.length), text));
    await replaceLine(21, '    parallelism: "8"');
    const typed = await until(() => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'flink-k8s');
      return d.length && d.every((x) => x.code === 'schema') ? d : undefined;
    }, 'the type finding');
    assert.equal(typed.length, 1);
    assert.equal(typed[0]?.range.start.line, 21);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, typed[0]?.range, vscode.CodeActionKind.QuickFix.value);
    assert.equal(actions.find((a) => a.isPreferred)?.title, 'Write 8 as a number (restarts the running job)');
    await replaceLine(21, '    parallelism: 4');
    await replaceLine(12, ' taskManager:');
    const syntax = await until(() => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'flink-k8s');
      return d.length && d.every((x) => x.code === 'yaml-syntax') ? d : undefined;
    }, 'the syntax finding');
    assert.deepEqual(syntax.map((d) => d.range.start.line), [12]);
    const lenses = await until(async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
      return l?.[0]?.command?.title.startsWith('Waiting for valid YAML') ? l : undefined;
    }, 'the waiting CodeLens');
    assert.match(lenses[0]?.command?.title ?? '', /^Waiting for valid YAML \(line 13\) · last valid: parallelism 4 · 2 TaskManagers × 2 slots/);
    await close();
  });
});
