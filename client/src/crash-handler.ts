/**
 * The language client's error handler: restarts a server that died and tells the user in one short
 * notification, or, once the server keeps dying, stops and offers a manual restart and the log.
 * The client's own notification only offers "Go to output", so ours replaces it (handled: true).
 */

import { commands, LogOutputChannel, window } from 'vscode';
import { CloseAction, CloseHandlerResult, ErrorAction, ErrorHandler, ErrorHandlerResult } from 'vscode-languageclient';
import { CrashPolicy } from './crash-policy';

const RESTART = 'Restart';
const SHOW_OUTPUT = 'Show Output';

export class CrashHandler implements ErrorHandler {
  readonly policy = new CrashPolicy();
  /** The last crash message shown, for the extension's API. */
  lastMessage: string | undefined;

  constructor(private readonly output: LogOutputChannel) {}

  /**
   * A failed read or write. Never shut down here: when the server dies, every message sent before
   * the client notices fails, and vscode-jsonrpc's IPC writer counts each failure twice, so the
   * default rule ("more than 3 errors: shut down") stopped the client after two messages in
   * flight. A stopping client then skips `closed`, and the server stayed dead without a restart
   * or a word. The process's end always reaches `closed`, which decides.
   */
  error(error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    this.output.warn(`Connection to the Flink language server failed${count ? ` (${count})` : ''}: ${error.message}`);
    return { action: ErrorAction.Continue, handled: true };
  }

  /** The connection closed without a stop from us: the server process is gone. */
  closed(): CloseHandlerResult {
    const decision = this.policy.crashed();
    this.lastMessage = decision.message;
    if (decision.restart) {
      void window.showWarningMessage(decision.message, SHOW_OUTPUT).then((choice) => this.act(choice));
      return { action: CloseAction.Restart, message: decision.message, handled: true };
    }
    void window.showErrorMessage(decision.message, RESTART, SHOW_OUTPUT).then((choice) => this.act(choice));
    return { action: CloseAction.DoNotRestart, message: decision.message, handled: true };
  }

  private act(choice: string | undefined): void {
    if (choice === RESTART) void commands.executeCommand('flinkK8s.restartServer');
    if (choice === SHOW_OUTPUT) this.output.show(true);
  }
}
