/**
 * What ticks the walkthrough's steps. VS Code completes a step on a few events only (onCommand,
 * onContext, onView, onSettingChanged, onStepSelected, onLink, extensionInstalled: the
 * `contributes.walkthroughs` completion events); `onLanguage` is not one of them, and onCommand
 * misses a command run from a CodeLens with arguments (VS Code runs it through an internal
 * delegating command). So the extension sets context keys when the user has done the step,
 * and package.json completes the steps on them (`onContext:<key>`).
 */

import { commands, Disposable, window } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ProjectionRequest } from '../../server/src/protocol/requests';

/** Set once a file with a Flink resource was open and analysed in an editor. */
export const FLINK_FILE_OPENED = 'flinkK8s.flinkFileOpened';
/** Set once the pod layout preview was shown, however it was opened. */
export const POD_LAYOUT_SHOWN = 'flinkK8s.podLayoutShown';

const set = new Set<string>();

export function markDone(key: string): void {
  if (set.has(key)) return;
  set.add(key);
  void commands.executeCommand('setContext', key, true);
}

/** Watches the active editor until it shows a file the server finds a Flink resource in. */
export function watchFlinkFiles(client: () => BaseLanguageClient | undefined): Disposable {
  const check = async () => {
    const document = window.activeTextEditor?.document;
    const c = client();
    if (set.has(FLINK_FILE_OPENED) || !document || document.languageId !== 'yaml' || !c) return;
    const result = await c.sendRequest(ProjectionRequest.type, { textDocument: { uri: document.uri.toString() } }).catch(() => undefined);
    if (result?.resources.length) {
      markDone(FLINK_FILE_OPENED);
      listener.dispose();
    }
  };
  const listener = window.onDidChangeActiveTextEditor(() => void check());
  void check();
  return listener;
}
