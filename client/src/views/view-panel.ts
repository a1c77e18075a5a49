/**
 * A read-only webview panel for the projection and report views: the page from client/media
 * (view.html, the shared theme CSS and the views bundle) under a strict CSP with a fresh nonce,
 * the last message re-sent when the page (re)loads, and what the page says it drew kept for the
 * extension's tests. Reads its files with workspace.fs, so it also runs in VS Code for the web.
 */

import { Disposable, ExtensionContext, Uri, ViewColumn, WebviewPanel, window } from 'vscode';
import { panelOptions } from '../pod-layout-page';
import { mediaPage } from '../media-page';
import type { ViewMessage, ViewToHost } from '../webview/views/messages';
import { fromView } from './from-view';

export type Rendered = Extract<ViewToHost, { type: 'rendered' }>;

export interface ViewSnapshot {
  readonly message: ViewMessage | undefined;
  readonly rendered: Rendered | undefined;
}

export class ViewPanel implements Disposable {
  private message: ViewMessage | undefined;
  private rendered: Rendered | undefined;
  private readonly disposables: Disposable[] = [];
  private disposed = false;

  constructor(private readonly panel: WebviewPanel, context: ExtensionContext, private readonly onAction: (m: Extract<ViewToHost, { type: 'save' | 'open' }>) => void, onDispose: () => void) {
    panel.webview.onDidReceiveMessage((m: unknown) => this.received(fromView(m, this.message)), undefined, this.disposables);
    panel.onDidDispose(() => {
      this.disposed = true;
      for (const d of this.disposables.splice(0)) d.dispose();
      onDispose();
    }, undefined, this.disposables);
    void html(context, panel).then((page) => {
      if (!this.disposed) panel.webview.html = page;
    });
  }

  static create(context: ExtensionContext, viewType: string, title: string, column: ViewColumn): WebviewPanel {
    return window.createWebviewPanel(viewType, title, { viewColumn: column, preserveFocus: false }, panelOptions(context.extensionUri, (base, ...segments) => Uri.joinPath(base, ...segments)));
  }

  get snapshot(): ViewSnapshot {
    return { message: this.message, rendered: this.rendered };
  }

  show(message: ViewMessage, title?: string): void {
    // A refresh that was under way when the user closed the panel has nowhere to go.
    if (this.disposed) return;
    this.message = message;
    this.rendered = undefined;
    if (title) this.panel.title = title;
    void this.panel.webview.postMessage(message);
  }

  reveal(): void {
    if (!this.disposed) this.panel.reveal(undefined, false);
  }

  dispose(): void {
    this.panel.dispose();
  }

  private received(m: ViewToHost | undefined): void {
    if (!m) return;
    if (m.type === 'ready' && this.message) void this.panel.webview.postMessage(this.message);
    else if (m.type === 'rendered') this.rendered = m;
    else if (m.type === 'save' || m.type === 'open') this.onAction(m);
  }
}

function html(context: ExtensionContext, panel: WebviewPanel): Promise<string> {
  return mediaPage(context, panel, 'view.html', { styleUri: ['pod-layout.css'], viewStyleUri: ['views.css'], scriptUri: ['dist', 'views.js'] });
}
