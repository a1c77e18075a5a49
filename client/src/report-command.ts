/**
 * "Flink: Resource Report": the current file or the whole workspace, shown in the report view
 * (client/src/views/report-view.ts). The workspace variant shows progress and can be cancelled.
 */

import { CancellationTokenSource, ExtensionContext, ProgressLocation, Uri, window, workspace } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ProjectionRequest, ResourceProjection, WorkspaceReportRequest } from '../../server/src/protocol/requests';
import { reportMarkdown } from '../../server/src/core/report/markdown';
import { ReportView } from './views/report-view';

export interface Report {
  readonly scope: string;
  readonly rows: ResourceProjection[];
  readonly markdown: string;
}

export async function resourceReport(context: ExtensionContext, client: BaseLanguageClient | undefined, pick?: 'file' | 'workspace'): Promise<Report | undefined> {
  if (!client) return undefined;
  const choice = pick ?? (await window.showQuickPick([{ label: 'Current file', value: 'file' as const }, { label: 'Whole workspace', value: 'workspace' as const }], { placeHolder: 'Report on' }))?.value;
  if (!choice) return undefined;
  const rows = choice === 'file' ? await fileRows(client) : await workspaceRows(client);
  if (!rows) return undefined;
  const scope = choice === 'file' ? relative(window.activeTextEditor?.document.uri.toString() ?? '') : 'workspace';
  const shown = rows.map((r) => ({ ...r, file: relative(r.file) }));
  ReportView.show(context, { scope, rows: shown, uris: rows.map((r) => r.file) });
  return { scope, rows: shown, markdown: reportMarkdown(shown, scope) };
}

async function fileRows(client: BaseLanguageClient): Promise<ResourceProjection[] | undefined> {
  const uri = window.activeTextEditor?.document.uri.toString();
  if (!uri) {
    void window.showInformationMessage('Open a YAML file with Flink resources first.');
    return undefined;
  }
  return (await client.sendRequest(ProjectionRequest.type, { textDocument: { uri } })).resources;
}

async function workspaceRows(client: BaseLanguageClient): Promise<ResourceProjection[] | undefined> {
  return window.withProgress({ location: ProgressLocation.Notification, title: 'Flink: collecting resources', cancellable: true }, async (_progress, token) => {
    const source = new CancellationTokenSource();
    token.onCancellationRequested(() => source.cancel());
    const result = await client.sendRequest(WorkspaceReportRequest.type, {}, source.token).catch(() => undefined);
    return token.isCancellationRequested ? undefined : result?.resources;
  });
}

function relative(uri: string): string {
  if (!uri) return '';
  try {
    return workspace.asRelativePath(Uri.parse(uri), false);
  } catch {
    return uri;
  }
}
