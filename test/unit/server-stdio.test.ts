/** The stdio language server as another editor starts it: initialize, open a file, ask for the projection. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const root = path.join(__dirname, '..', '..', '..');

test('flink-k8s-language-server --stdio answers initialize and the projection request', async () => {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'flink-k8s-language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  try {
    const init = await connection.sendRequest<{ serverInfo: { name: string } }>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    assert.equal(init.serverInfo.name, 'flink-k8s-language-server');
    await connection.sendNotification('initialized', {});
    const uri = 'file:///examples/02-native-parallelism-hint.yaml';
    const text = fs.readFileSync(path.join(root, 'examples', '02-native-parallelism-hint.yaml'), 'utf8');
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const result = await connection.sendRequest<{ resources: Array<{ name: string; taskManagers: number }> }>('flinkK8s/projection', { textDocument: { uri } });
    assert.deepEqual(result.resources.map((r) => [r.name, r.taskManagers]), [['orders-enrichment', 5]]);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
  } finally {
    connection.dispose();
    child.kill();
  }
});
