/** What every VS Code suite needs: workspace files, polling for async editor state, the extension's API. */

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { FlinkK8sApi } from '../../client/src/extension';

export const folder = () => vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
export const file = (name: string) => vscode.Uri.file(path.join(folder(), name));

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
