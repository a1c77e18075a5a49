/** VS Code entry: starts the Flink language server for YAML files and registers the commands, the preview and the status bar. */

import * as path from 'node:path';
import { commands, ExtensionContext, LogOutputChannel, Uri, window } from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { CommandState, registerCommands } from './commands';
import { CrashHandler } from './crash-handler';
import { PodLayoutPanel, VIEW_TYPE } from './pod-layout-panel';
import { FlinkStatusBar } from './status-bar';
import type { WebviewState } from './webview/messages';
import { openWalkthroughIfAsked } from './walkthrough';
import { ProjectionView } from './views/projection-view';
import { ReportView } from './views/report-view';
import type { ViewSnapshot } from './views/view-panel';
import type { SaveFormat } from './webview/views/messages';

let client: LanguageClient | undefined;

/** What activate returns; the integration tests read the preview, status bar and report through it. */
export interface FlinkK8sApi {
  /** Milliseconds from activation to a running language server. */
  readonly activationMs: number;
  podLayout(): PodLayoutPanel['lastMessage'];
  statusBarText(): string | undefined;
  lastReport(): CommandState['lastReport'];
  /** What the projection and report views were sent and what their pages drew; save the report without a dialog. */
  views(): { projection: ViewSnapshot | undefined; report: ViewSnapshot | undefined; saveReport(format: SaveFormat, target: Uri): Promise<Uri | undefined> };
  /** The running server's process id, automatic restarts after crashes, and the last crash message. */
  server(): { pid: number | undefined; restarts: number; message: string | undefined };
}

export async function activate(context: ExtensionContext): Promise<FlinkK8sApi> {
  const started = Date.now();
  const output = window.createOutputChannel('Flink on Kubernetes', { log: true });
  // One handler for every client, so the crash limit and the API survive a manual restart.
  const crashes = new CrashHandler(output);
  client = createClient(context, output, crashes);
  const state: CommandState = {};
  registerCommands(context, () => client, output, async () => {
    await client?.stop().catch(() => undefined);
    crashes.policy.reset();
    client = createClient(context, output, crashes);
    await client.start();
  }, state);
  context.subscriptions.push(window.registerWebviewPanelSerializer(VIEW_TYPE, {
    deserializeWebviewPanel: async (panel, saved: WebviewState | undefined) => PodLayoutPanel.revive(panel, context, () => client, saved),
  }));
  await client.start();
  const statusBar = new FlinkStatusBar(() => client);
  context.subscriptions.push(statusBar);
  void commands.executeCommand('setContext', 'flinkK8s.serverReady', true);
  const activationMs = Date.now() - started;
  output.info(`Activated in ${activationMs} ms (language server running)`);
  openWalkthroughIfAsked(context);
  return {
    activationMs,
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
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

function createClient(context: ExtensionContext, output: LogOutputChannel, errorHandler: CrashHandler): LanguageClient {
  const module = context.asAbsolutePath(path.join('server', 'out', 'main.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'untitled', language: 'yaml' },
    ],
    synchronize: { configurationSection: 'flinkK8s' },
    outputChannel: output,
    revealOutputChannelOn: 4,
    errorHandler,
    initializationFailedHandler: (error) => {
      output.error(`The Flink language server failed to start: ${String(error)}`);
      output.show(true);
      return false;
    },
  };
  return new LanguageClient('flinkK8s', 'Flink on Kubernetes', serverOptions, clientOptions);
}
