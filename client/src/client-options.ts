/** The language client's options, the same for the Node and the browser entry. */

import { LogOutputChannel } from 'vscode';
import type { DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import { CrashHandler } from './crash-handler';

export const CLIENT_ID = 'flinkK8s';
export const CLIENT_NAME = 'Flink on Kubernetes';

/**
 * YAML in files, unsaved editors and virtual workspaces: `vscode-vfs` is github.dev's and
 * vscode.dev's remote repositories, `vscode-test-web` the web test harness. Schemes that show
 * another version of a file (a git diff's left side) are left out on purpose.
 */
export const DOCUMENT_SELECTOR: DocumentSelector = ['file', 'untitled', 'vscode-vfs', 'vscode-test-web'].map((scheme) => ({ scheme, language: 'yaml' }));

export function clientOptions(output: LogOutputChannel, errorHandler: CrashHandler): LanguageClientOptions {
  return {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: 'flinkK8s' },
    // This client answers flinkK8s/baseText (change impact against git).
    initializationOptions: { baseText: true },
    outputChannel: output,
    revealOutputChannelOn: 4,
    errorHandler,
    initializationFailedHandler: (error) => {
      output.error(`The Flink language server failed to start: ${String(error)}`);
      output.show(true);
      return false;
    },
  };
}
