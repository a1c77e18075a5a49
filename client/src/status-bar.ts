/**
 * The status bar item: "Flink: 4 TM · 20 slots · 5 CPU · 8 GiB" for the resource under the cursor
 * (or the file's first), every resource in the tooltip, and a click that opens the pod layout. Hidden for other files and when turned off.
 */

import { Disposable, MarkdownString, StatusBarAlignment, window, workspace } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ProjectionRequest, ResourceProjection } from '../../server/src/protocol/requests';
import { fromRow, shortHeadline, startFailure } from '../../server/src/core/format/headline';
import { cpu, num, plural, size } from '../../server/src/core/format/numbers';

export class FlinkStatusBar implements Disposable {
  readonly item = window.createStatusBarItem('flinkK8s.status', StatusBarAlignment.Right, 100);
  private readonly disposables: Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: () => BaseLanguageClient | undefined) {
    this.item.name = 'Flink on Kubernetes';
    this.item.command = 'flinkK8s.showPodLayout';
    window.onDidChangeActiveTextEditor(() => this.schedule(0), undefined, this.disposables);
    window.onDidChangeTextEditorSelection(() => this.schedule(), undefined, this.disposables);
    workspace.onDidChangeTextDocument((e) => e.document === window.activeTextEditor?.document && this.schedule(), undefined, this.disposables);
    workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('flinkK8s.statusBar') && this.schedule(0), undefined, this.disposables);
    this.schedule(0);
  }

  schedule(delay = 300): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  async update(): Promise<void> {
    const editor = window.activeTextEditor;
    const client = this.client();
    const enabled = workspace.getConfiguration('flinkK8s', editor?.document.uri).get<boolean>('statusBar.enable', true);
    if (!editor || editor.document.languageId !== 'yaml' || !client || !enabled) return this.item.hide();
    const result = await client.sendRequest(ProjectionRequest.type, { textDocument: { uri: editor.document.uri.toString() } }).catch(() => undefined);
    const rows = result?.resources ?? [];
    if (!rows.length) return this.item.hide();
    const line = editor.selection.active.line + 1;
    const here = [...rows].reverse().find((r) => r.line <= line) ?? rows[0];
    if (here) this.item.text = text(here);
    this.item.tooltip = tooltip(rows);
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.item.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

export function text(r: ResourceProjection): string {
  return `${r.waiting ? '$(warning) Flink (YAML error)' : '$(server-process) Flink'}: ${shortHeadline(fromRow(r))}`;
}

function tooltip(rows: readonly ResourceProjection[]): MarkdownString {
  const md = new MarkdownString(undefined, true);
  md.isTrusted = false;
  md.supportHtml = false;
  for (const r of rows) {
    if (r.waiting) md.appendText(`${r.waiting}\n\n`);
    const h = fromRow(r);
    md.appendText(`${r.kind} ${r.name ?? '(no name)'}: parallelism ${num(r.parallelism)}, ${plural(h.taskManagers, 'TaskManager')} × ${plural(r.slotsPerTaskManager, 'slot')}, ${plural(r.jobManagers, 'JobManager')}, ${plural(h.pods, 'pod')}, ${cpu(h.cpu)}, ${size(h.memoryBytes)}\n\n`);
    const failure = startFailure(r);
    if (failure) md.appendText(`${failure}\n\n`);
  }
  md.appendText('Click to preview the pod layout.');
  return md;
}
