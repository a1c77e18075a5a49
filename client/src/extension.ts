/** VS Code entry: starts the Flink language server for YAML files and registers the commands. */

import * as path from 'node:path';
import { commands, ExtensionContext, LogOutputChannel, window } from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { registerCommands } from './commands';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel('Flink on Kubernetes', { log: true });
  client = createClient(context, output);
  registerCommands(context, () => client, output, async () => {
    await client?.stop().catch(() => undefined);
    client = createClient(context, output);
    await client.start();
  });
  await client.start();
  void commands.executeCommand('setContext', 'flinkK8s.serverReady', true);
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
