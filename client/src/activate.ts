/**
 * What both extension entries do once they can make a language client: the Node one
 * (extension.ts, the server in a child process) and the browser one (extension.browser.ts, the
 * server in a web worker). Registers the commands, the preview, the status bar and the
 * workspace file requests, and returns the API the integration tests read.
 */

import { commands, ExtensionContext, LogOutputChannel, Uri, window } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CommandState, registerCommands } from './commands';
import { CrashHandler } from './crash-handler';
import { PodLayoutPanel, VIEW_TYPE } from './pod-layout-panel';
import { FlinkStatusBar } from './status-bar';
import { serveWorkspaceFiles } from './workspace-files';
import { BaseSync } from './changes/base-sync';
import type { WebviewState } from './webview/messages';
import { openWalkthroughIfAsked } from './walkthrough';
import { watchFlinkFiles } from './walkthrough-progress';
import { ProjectionView } from './views/projection-view';
import { ReportView } from './views/report-view';
import type { ViewSnapshot } from './views/view-panel';
import type { SaveFormat } from './webview/views/messages';

/** Makes a (not yet started) client for the entry's kind of server. */
export type ClientFactory = (context: ExtensionContext, output: LogOutputChannel, errorHandler: CrashHandler) => BaseLanguageClient;

/** What activate returns; the integration tests read the preview, status bar and report through it. */
export interface FlinkK8sApi {
  /** Milliseconds from activation to a running language server. */
  readonly activationMs: number;
  /** Where the language server runs: a Node process, or a web worker in the browser. */
  readonly serverHost: 'node' | 'webworker';
  podLayout(): PodLayoutPanel['lastMessage'];
  statusBarText(): string | undefined;
  lastReport(): CommandState['lastReport'];
  /** What the projection and report views were sent and what their pages drew; save the report without a dialog. */
  views(): { projection: ViewSnapshot | undefined; report: ViewSnapshot | undefined; saveReport(format: SaveFormat, target: Uri): Promise<Uri | undefined> };
  /** The running server's process id (none in a web worker), automatic restarts after crashes, and the last crash message. */
  server(): { pid: number | undefined; restarts: number; message: string | undefined };
  /** The running client, for requests the tests time. */
  client(): BaseLanguageClient | undefined;
  /** The base (git ref) last handed to the server per document URI, null when there is none. */
  changeBases(): Record<string, string | null>;
}

let client: BaseLanguageClient | undefined;

export async function activateWith(context: ExtensionContext, serverHost: FlinkK8sApi['serverHost'], createClient: ClientFactory): Promise<FlinkK8sApi> {
  const started = Date.now();
  const output = window.createOutputChannel('Flink on Kubernetes', { log: true });
  // One handler for every client, so the crash limit and the API survive a manual restart.
  const crashes = new CrashHandler(output);
  const bases = new BaseSync(() => client);
  context.subscriptions.push(bases);
  const make = () => {
    const c = createClient(context, output, crashes);
    serveWorkspaceFiles(c);
    bases.serve(c);
    return c;
  };
  client = make();
  const state: CommandState = {};
  registerCommands(context, () => client, output, async () => {
    await client?.stop().catch(() => undefined);
    crashes.policy.reset();
    client = make();
    await client.start();
  }, state);
  context.subscriptions.push(window.registerWebviewPanelSerializer(VIEW_TYPE, {
    deserializeWebviewPanel: async (panel, saved: WebviewState | undefined) => PodLayoutPanel.revive(panel, context, () => client, saved),
  }));
  await client.start();
  const statusBar = new FlinkStatusBar(() => client);
  context.subscriptions.push(statusBar);
  bases.onAnswered = (uri) => PodLayoutPanel.current?.refreshFor(uri);
  void bases.start();
  void commands.executeCommand('setContext', 'flinkK8s.serverReady', true);
  context.subscriptions.push(watchFlinkFiles(() => client));
  const activationMs = Date.now() - started;
  openWalkthroughIfAsked(context);
  output.info(`Activated in ${activationMs} ms (language server running in a ${serverHost === 'node' ? 'Node process' : 'web worker'})`);
  return {
    activationMs,
    serverHost,
    podLayout: () => PodLayoutPanel.current?.lastMessage,
    statusBarText: () => (statusBar.item.text ? statusBar.item.text : undefined),
    lastReport: () => state.lastReport,
    views: () => ({
      projection: ProjectionView.current?.snapshot,
      report: ReportView.current?.snapshot,
      saveReport: async (format, target) => ReportView.current?.save(format, target),
    }),
    server: () => {
      // A crashed client keeps its old initialize result; only a running one has a live process.
      const pid = client?.isRunning() ? client.initializeResult?.processId : undefined;
      return { pid: typeof pid === 'number' ? pid : undefined, restarts: crashes.policy.restarts, message: crashes.lastMessage };
    },
    client: () => client,
    changeBases: () => Object.fromEntries(bases.answered),
  };
}

export async function deactivateClient(): Promise<void> {
  await client?.stop();
}
