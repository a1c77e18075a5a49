/** VS Code entry (desktop, remote, code-server): the Flink language server in a Node process it starts over IPC. */

import * as path from 'node:path';
import { ExtensionContext } from 'vscode';
import { LanguageClient, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { activateWith, deactivateClient, FlinkK8sApi } from './activate';
import { CLIENT_ID, CLIENT_NAME, clientOptions } from './client-options';

export type { FlinkK8sApi } from './activate';

export function activate(context: ExtensionContext): Promise<FlinkK8sApi> {
  return activateWith(context, 'node', (ctx, output, errorHandler) => {
    const module = ctx.asAbsolutePath(path.join('server', 'out', 'main.js'));
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions(output, errorHandler));
  });
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
