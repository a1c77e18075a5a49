/**
 * "Flink: Show Projection" as a rendered, read-only view beside the editor: one panel that shows
 * a file's resources (or the one picked from a CodeLens) and follows that file as it is edited.
 */

import { Disposable, ExtensionContext, Uri, ViewColumn, window, workspace } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ProjectionRequest } from '../../../server/src/protocol/requests';
import { ViewPanel, ViewSnapshot } from './view-panel';
import { openResource } from './open-resource';

export const PROJECTION_VIEW = 'flinkK8s.projection';
const DEBOUNCE_MS = 300;

export class ProjectionView {
  static current: ProjectionView | undefined;
  private uri = '';
  private index: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listener: Disposable;
  private readonly panel: ViewPanel;

  private constructor(context: ExtensionContext, private readonly client: () => BaseLanguageClient | undefined) {
    this.panel = new ViewPanel(ViewPanel.create(context, PROJECTION_VIEW, 'Flink Projection', ViewColumn.Beside), context, (m) => {
      const message = this.panel.snapshot.message;
      if (m.type === 'open' && message?.type === 'projection') void openResource(this.uri, message.resources[m.index]?.line ?? 1);
    }, () => {
      if (this.timer) clearTimeout(this.timer);
      this.listener.dispose();
      if (ProjectionView.current === this) ProjectionView.current = undefined;
    });
    this.listener = workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() !== this.uri) return;
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.refresh(), DEBOUNCE_MS);
    });
  }

  static async show(context: ExtensionContext, client: () => BaseLanguageClient | undefined, uri: string, index: number | null): Promise<void> {
    const view = ProjectionView.current ?? (ProjectionView.current = new ProjectionView(context, client));
    view.uri = uri;
    view.index = index;
    view.panel.reveal();
    await view.refresh();
  }

  get snapshot(): ViewSnapshot {
    return this.panel.snapshot;
  }

  private async refresh(): Promise<void> {
    const fileName = Uri.parse(this.uri).path.split('/').pop() ?? this.uri;
    const result = await this.client()?.sendRequest(ProjectionRequest.type, { textDocument: { uri: this.uri } }).catch((error: unknown) => {
      void window.showWarningMessage(`The projection is not available: ${String(error)}`);
      return undefined;
    });
    if (!result) return;
    const selected = this.index !== null && this.index < result.resources.length ? this.index : null;
    const name = selected === null ? fileName : (result.resources[selected]?.name ?? fileName);
    this.panel.show({ type: 'projection', fileName, resources: result.resources, selected }, `Projection: ${name}`);
  }
}
