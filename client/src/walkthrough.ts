/**
 * `npm start` asks for the walkthrough beside the example it opens (FLINK_K8S_WALKTHROUGH=1 in
 * the environment of the VS Code server, which its extension host inherits). Installed
 * extensions get theirs from VS Code on install; this is for the demo, loaded in development.
 */

import { commands, ExtensionContext } from 'vscode';

export const WALKTHROUGH_ID = 'flinkK8s.start';

export function openWalkthroughIfAsked(context: ExtensionContext): void {
  // No process object when the extension runs in a browser worker.
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  if (env?.FLINK_K8S_WALKTHROUGH !== '1') return;
  // Beside the file the demo opened, then back to that file, so its status bar item shows.
  void commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, true)
    .then(() => commands.executeCommand('workbench.action.focusFirstEditorGroup'));
}
