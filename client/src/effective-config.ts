/**
 * Flink: Show Effective Configuration. A read-only document (its own URI scheme) beside the
 * editor with what the operator hands to Flink for each resource of the file, as the language
 * server renders it; it follows edits to the file. Only VS Code APIs, so it also runs in the web.
 */

import { Disposable, EventEmitter, TextDocumentContentProvider, Uri, ViewColumn, window, workspace } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { EffectiveConfigRequest } from '../../server/src/protocol/requests';

export const EFFECTIVE_CONFIG_SCHEME = 'flink-effective-config';

/** The view of a source document: the source travels in the query, the path gives a readable tab title. */
export function effectiveConfigUri(source: Uri): Uri {
  const name = source.path.split('/').pop() || 'resource.yaml';
  return Uri.from({ scheme: EFFECTIVE_CONFIG_SCHEME, path: `/${name.replace(/\.ya?ml$/i, '')}.effective-config.yaml`, query: source.toString() });
}

export class EffectiveConfigProvider implements TextDocumentContentProvider, Disposable {
  private readonly changes = new EventEmitter<Uri>();
  readonly onDidChange = this.changes.event;
  private readonly watch: Disposable;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: () => BaseLanguageClient | undefined) {
    // Redraw open views when their file changes, a little after the last keystroke.
    this.watch = workspace.onDidChangeTextDocument((e) => {
      const source = e.document.uri.toString();
      const views = workspace.textDocuments.filter((d) => d.uri.scheme === EFFECTIVE_CONFIG_SCHEME && d.uri.query === source);
      if (views.length === 0) return;
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => views.forEach((v) => this.changes.fire(v.uri)), 300);
    });
  }

  async provideTextDocumentContent(uri: Uri): Promise<string> {
    const c = this.client();
    if (!c?.isRunning()) return '# The Flink language server is not running.\n';
    try {
      const result = await c.sendRequest(EffectiveConfigRequest.type, { textDocument: { uri: uri.query } });
      return result.text;
    } catch (error) {
      return `# The effective configuration could not be computed: ${String(error)}\n`;
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.watch.dispose();
    this.changes.dispose();
  }
}

export async function showEffectiveConfig(target: Uri | undefined): Promise<void> {
  const source = target ?? window.activeTextEditor?.document.uri;
  if (!source) {
    void window.showInformationMessage('Open a Flink resource (FlinkDeployment, FlinkSessionJob) to see its effective configuration.');
    return;
  }
  const doc = await workspace.openTextDocument(effectiveConfigUri(source));
  await window.showTextDocument(doc, { preview: true, viewColumn: ViewColumn.Beside, preserveFocus: true });
}
