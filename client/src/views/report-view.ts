/**
 * "Flink: Resource Report" as a read-only view: a webview, not an untitled document, so there is
 * nothing to save by accident and nothing that comes back after closing. Its buttons save the
 * report as Markdown, JSON or CSV; a resource's name opens it in the editor.
 */

import { ExtensionContext, Uri, ViewColumn, window, workspace } from 'vscode';
import type { ResourceProjection } from '../../../server/src/protocol/requests';
import { reportCsv, reportJson, reportMarkdown } from '../../../server/src/core/report/markdown';
import type { SaveFormat } from '../webview/views/messages';
import { ViewPanel, ViewSnapshot } from './view-panel';
import { openResource } from './open-resource';

export const REPORT_VIEW = 'flinkK8s.report';

const FILES: Record<SaveFormat, { readonly name: string; readonly filter: Record<string, string[]> }> = {
  markdown: { name: 'flink-resources.md', filter: { Markdown: ['md'] } },
  json: { name: 'flink-resources.json', filter: { JSON: ['json'] } },
  csv: { name: 'flink-resources.csv', filter: { CSV: ['csv'] } },
};

export interface ReportContent {
  readonly scope: string;
  /** Rows as shown: file names relative to the workspace. */
  readonly rows: readonly ResourceProjection[];
  /** The document URI of each row, for opening it. */
  readonly uris: readonly string[];
}

export class ReportView {
  static current: ReportView | undefined;
  private content: ReportContent = { scope: '', rows: [], uris: [] };
  private readonly panel: ViewPanel;

  private constructor(context: ExtensionContext) {
    this.panel = new ViewPanel(ViewPanel.create(context, REPORT_VIEW, 'Flink Resource Report', ViewColumn.Active), context, (m) => {
      if (m.type === 'save') void this.save(m.format);
      else void openResource(this.content.uris[m.index] ?? '', this.content.rows[m.index]?.line ?? 1);
    }, () => {
      if (ReportView.current === this) ReportView.current = undefined;
    });
  }

  static show(context: ExtensionContext, content: ReportContent): ReportView {
    const view = ReportView.current ?? (ReportView.current = new ReportView(context));
    view.content = content;
    view.panel.reveal();
    view.panel.show({ type: 'report', scope: content.scope, resources: content.rows }, `Flink Report: ${content.scope}`);
    return view;
  }

  get snapshot(): ViewSnapshot {
    return this.panel.snapshot;
  }

  /** The report in a format, as it would be saved. */
  text(format: SaveFormat): string {
    const { rows, scope } = this.content;
    return format === 'markdown' ? reportMarkdown(rows, scope) : format === 'json' ? reportJson(rows) : reportCsv(rows);
  }

  /** Saves to `target`, or where the user picks; returns where it went. */
  async save(format: SaveFormat, target?: Uri): Promise<Uri | undefined> {
    const folder = workspace.workspaceFolders?.[0]?.uri;
    const where = target ?? (await window.showSaveDialog({ defaultUri: folder ? Uri.joinPath(folder, FILES[format].name) : undefined, filters: FILES[format].filter, saveLabel: 'Save report' }));
    if (!where) return undefined;
    await workspace.fs.writeFile(where, new TextEncoder().encode(this.text(format)));
    return where;
  }
}
