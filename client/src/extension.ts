/** VS Code entry: starts the Flink language server for YAML files and registers the commands, the preview and the status bar. */

import * as path from 'node:path';
import { commands, ExtensionContext, LogOutputChannel, window } from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { CommandState, registerCommands } from './commands';
import { PodLayoutPanel, VIEW_TYPE } from './pod-layout-panel';
import { FlinkStatusBar } from './status-bar';
import type { WebviewState } from './webview/messages';

let client: LanguageClient | undefined;

/** What activate returns; the integration tests read the preview, status bar and report through it. */
export interface FlinkK8sApi {
  /** Milliseconds from activation to a running language server. */
  readonly activationMs: number;
  podLayout(): PodLayoutPanel['lastMessage'];
  statusBarText(): string | undefined;
  lastReport(): CommandState['lastReport'];
}

export async function activate(context: ExtensionContext): Promise<FlinkK8sApi> {
  const started = Date.now();
  const output = window.createOutputChannel('Flink on Kubernetes', { log: true });
  client = createClient(context, output);
  const state: CommandState = {};
  registerCommands(context, () => client, output, async () => {
    await client?.stop().catch(() => undefined);
    client = createClient(context, output);
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
  return {
    activationMs,
    podLayout: () => PodLayoutPanel.current?.lastMessage,
    statusBarText: () => (statusBar.item.text ? statusBar.item.text : undefined),
    lastReport: () => state.lastReport,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

function createClient(context: ExtensionContext, output: LogOutputChannel): LanguageClient {
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
    initializationFailedHandler: (error) => {
      output.error(`The Flink language server failed to start: ${String(error)}`);
      output.show(true);
      return false;
    },
  };
  return new LanguageClient('flinkK8s', 'Flink on Kubernetes', serverOptions, clientOptions);
}
