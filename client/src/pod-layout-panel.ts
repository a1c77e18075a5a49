/**
 * The "Preview Pod Layout" webview: one panel beside the editor that follows the active Flink
 * YAML file and re-renders (debounced) as the user types. HTML, CSS and script live in
 * client/media; the page gets a strict CSP with a nonce and can only load from there.
 */

import { ExtensionContext, Range, Selection, TextEditorRevealType, Uri, ViewColumn, WebviewPanel, window, workspace, Disposable } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ProjectionRequest } from '../../server/src/protocol/requests';
import type { HostToWebview, WebviewState, WebviewToHost } from './webview/messages';
import { fromWebview, layoutMessage, panelOptions } from './pod-layout-page';
import { mediaPage } from './media-page';

export const VIEW_TYPE = 'flinkK8s.podLayout';
const DEBOUNCE_MS = 250;

export class PodLayoutPanel {
  static current: PodLayoutPanel | undefined;
  /** The last message sent to the page (read by the integration tests). */
  lastMessage: HostToWebview | undefined;
  private uri: string | undefined;
  private selected = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: Disposable[] = [];

  static show(context: ExtensionContext, client: () => BaseLanguageClient | undefined, uri?: string, index?: number): PodLayoutPanel {
    const existing = PodLayoutPanel.current;
    if (existing) {
      existing.panel.reveal(ViewColumn.Beside, true);
      existing.follow(uri ?? window.activeTextEditor?.document.uri.toString(), index);
      return existing;
    }
    const panel = window.createWebviewPanel(VIEW_TYPE, 'Flink Pod Layout', { viewColumn: ViewColumn.Beside, preserveFocus: true }, options(context));
    return new PodLayoutPanel(panel, context, client, { uri: uri ?? window.activeTextEditor?.document.uri.toString(), selected: index });
  }

  static revive(panel: WebviewPanel, context: ExtensionContext, client: () => BaseLanguageClient | undefined, state: WebviewState | undefined): void {
    panel.webview.options = options(context);
    new PodLayoutPanel(panel, context, client, state ?? {});
  }

  private constructor(private readonly panel: WebviewPanel, context: ExtensionContext, private readonly client: () => BaseLanguageClient | undefined, state: WebviewState) {
    PodLayoutPanel.current = this;
    this.uri = state.uri;
    this.selected = state.selected ?? 0;
    void html(context, panel).then((page) => void (panel.webview.html = page)).catch(() => undefined); // closed before it loaded
    panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(fromWebview(m, this.uri)), undefined, this.disposables);
    panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    window.onDidChangeActiveTextEditor((e) => e && e.document.languageId === 'yaml' && this.follow(e.document.uri.toString()), undefined, this.disposables);
    workspace.onDidChangeTextDocument((e) => e.document.uri.toString() === this.uri && this.schedule(), undefined, this.disposables);
  }

  /** The server has new change information for a document (its base arrived). */
  refreshFor(uri: string): void {
    if (uri === this.uri) this.schedule();
  }

  follow(uri: string | undefined, index?: number): void {
    if (uri !== this.uri) this.selected = 0;
    if (index !== undefined) this.selected = index;
    this.uri = uri;
    this.schedule(0);
  }

  private schedule(delay = DEBOUNCE_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const client = this.client();
    if (!this.uri || !client) return this.post({ type: 'empty', message: 'Open a YAML file with a FlinkDeployment or FlinkSessionJob.' });
    try {
      const result = await client.sendRequest(ProjectionRequest.type, { textDocument: { uri: this.uri } });
      if (!result.resources.length) return this.post({ type: 'empty', message: 'This file has no Flink resource.' });
      const message = layoutMessage(this.uri, Uri.parse(this.uri).path.split('/').pop() ?? this.uri, result.resources, this.selected, result.removed);
      this.selected = message.selected;
      this.post(message);
    } catch (error) {
      this.post({ type: 'empty', message: `The projection is not available: ${String(error)}` });
    }
  }

  private post(message: HostToWebview): void {
    this.lastMessage = message;
    void this.panel.webview.postMessage(message);
  }

  private onMessage(m: WebviewToHost | undefined): void {
    if (!m) return;
    if (m.type === 'ready') this.schedule(0);
    else if (m.type === 'select') {
      this.selected = m.index;
      this.schedule(0);
    } else if (m.type === 'reveal') void reveal(m.uri, m.line);
  }

  private dispose(): void {
    if (PodLayoutPanel.current === this) PodLayoutPanel.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function options(context: ExtensionContext) {
  return panelOptions(context.extensionUri, (base, ...segments) => Uri.joinPath(base, ...segments));
}

function html(context: ExtensionContext, panel: WebviewPanel): Promise<string> {
  return mediaPage(context, panel, 'pod-layout.html', { styleUri: ['pod-layout.css'], scriptUri: ['dist', 'pod-layout.js'] });
}

async function reveal(uri: string, line: number): Promise<void> {
  const editor = await window.showTextDocument(Uri.parse(uri), { viewColumn: ViewColumn.One });
  const position = new Range(line - 1, 0, line - 1, 0);
  editor.selection = new Selection(position.start, position.start);
  editor.revealRange(position, TextEditorRevealType.InCenterIfOutsideViewport);
}
