/**
 * VS Code for the web entry (vscode.dev, github.dev): the same extension with the language server
 * in a web worker built from the extension's own server/out/browser.js. No Node modules here.
 */

import { ExtensionContext, Uri } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, deactivateClient, FlinkK8sApi } from './activate';
import { CLIENT_ID, CLIENT_NAME, clientOptions } from './client-options';

export type { FlinkK8sApi } from './activate';

/** A client that also ends its worker when it stops: a worker outlives its connection otherwise. */
class WorkerLanguageClient extends LanguageClient {
  constructor(options: ConstructorParameters<typeof LanguageClient>[2], private readonly serverWorker: Worker) {
    super(CLIENT_ID, CLIENT_NAME, options, serverWorker);
  }

  override async stop(timeout?: number): Promise<void> {
    try {
      await super.stop(timeout);
    } finally {
      this.serverWorker.terminate();
    }
  }
}

export function activate(context: ExtensionContext): Promise<FlinkK8sApi> {
  return activateWith(context, 'webworker', (ctx, output, errorHandler) => {
    const script = Uri.joinPath(ctx.extensionUri, 'server', 'out', 'browser.js');
    return new WorkerLanguageClient(clientOptions(output, errorHandler), new Worker(script.toString(true)));
  });
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
