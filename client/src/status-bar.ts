/**
 * The status bar item: "Flink: 4 TM · 20 slots · 5 CPU · 8 GiB" for the active Flink file (the
 * resource under the cursor, or the file's totals), a breakdown in the tooltip, and a click that
 * opens the pod layout. Hidden for other files and when turned off.
 */

import { Disposable, MarkdownString, StatusBarAlignment, window, workspace } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { ProjectionRequest, ResourceProjection } from '../../server/src/protocol/requests';

const MIB = 2 ** 20;

export class FlinkStatusBar implements Disposable {
  readonly item = window.createStatusBarItem('flinkK8s.status', StatusBarAlignment.Right, 100);
  private readonly disposables: Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {
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
    this.item.text = text(here ? [here] : rows);
    this.item.tooltip = tooltip(rows);
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.item.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

export function text(rows: readonly ResourceProjection[]): string {
  const sum = (pick: (r: ResourceProjection) => number | null) => (rows.some((r) => pick(r) === null) ? null : Math.round(rows.reduce((s, r) => s + (pick(r) ?? 0), 0) * 100) / 100);
  const q = (v: number | null) => (v === null ? '?' : String(v));
  const slots = sum((r) => r.totalSlots);
  return `$(server-process) Flink: ${q(sum((r) => r.taskManagers))} TM · ${q(slots)} slots · ${q(sum((r) => r.totals.cpu))} CPU · ${gib(sum((r) => r.totals.memoryBytes))}`;
}

function tooltip(rows: readonly ResourceProjection[]): MarkdownString {
  const md = new MarkdownString(undefined, true);
  md.isTrusted = false;
  md.supportHtml = false;
  for (const r of rows) {
    md.appendText(`${r.kind} ${r.name ?? '(no name)'}: parallelism ${r.parallelism ?? '?'}, ${r.taskManagers ?? '?'} TaskManagers × ${r.slotsPerTaskManager ?? '?'} slots, ${r.jobManagers ?? '?'} JobManagers, ${r.totals.pods ?? '?'} pods, ${r.totals.cpu ?? '?'} CPU, ${gib(r.totals.memoryBytes)}\n\n`);
  }
  md.appendText('Click to preview the pod layout.');
  return md;
}

function gib(bytes: number | null): string {
  if (bytes === null) return '? GiB';
  return bytes >= 1024 * MIB ? `${Math.round((bytes / 1024 / MIB) * 100) / 100} GiB` : `${Math.round(bytes / MIB)} MiB`;
}
