/**
 * How long a keystroke takes to reach an answer that reflects it, through the extension's own
 * client: a Node server process on desktop, a web worker in the browser. Printed for the
 * performance notes (and compared by test/web/run-vscode-web.mjs), never asserted.
 */

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ProjectionRequest, ProjectionResult } from '../../server/src/protocol/requests';
import { api, open } from './support';

const EDITS = 21;

suite('Keystroke timing', () => {
  test('an edit to the projection that reflects it (printed, not asserted)', async () => {
    const flink = await api();
    const client = flink.client();
    assert.ok(client);
    const doc = await open('orders.yaml');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('    parallelism: '));
    const value = new vscode.Range(line, '    parallelism: '.length, line, doc.lineAt(line).text.length);
    const times: number[] = [];
    try {
      for (let i = 0; i < EDITS; i++) {
        const parallelism = (i % 7) + 2;
        const started = performance.now();
        await editor.edit((e) => e.replace(value, String(parallelism)));
        // By method name: the tests' copy of the protocol library is not the extension's.
        const result: ProjectionResult = await client.sendRequest<ProjectionResult>(ProjectionRequest.method, { textDocument: { uri: doc.uri.toString() } });
        times.push(performance.now() - started);
        assert.equal(result.resources[0]?.parallelism, parallelism, 'the answer reflects the edit');
      }
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    console.log(`KEYSTROKE ${flink.serverHost}: median ${median.toFixed(1)} ms, fastest ${sorted[0]?.toFixed(1)} ms, slowest ${sorted[sorted.length - 1]?.toFixed(1)} ms over ${EDITS} edits of orders.yaml (edit → projection answer through the extension's client)`);
  });
});
