/**
 * What every VS Code suite needs: workspace files, polling for async editor state, the extension's
 * API. Shared by the desktop suite (Node extension host) and the web suite (test/web: a browser
 * extension host, where the workspace is not on disk and `node:assert` is a small stand-in).
 */

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FlinkK8sApi } from '../../client/src/activate';

/** A workspace file by name: a `file:` URI on desktop, `vscode-test-web:` in the browser. */
export function file(name: string): vscode.Uri {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(root, 'a workspace folder is open');
  return vscode.Uri.joinPath(root, name);
}

/** Polls until `probe` gives a value; the editor reports hints and diagnostics asynchronously. */
export async function until<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, ms = 30000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(file(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

export async function api(): Promise<FlinkK8sApi> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'flink-k8s');
  assert.ok(ext, 'the extension is loaded');
  return (ext.isActive ? ext.exports : await ext.activate()) as FlinkK8sApi;
}
