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

  /** A failed read or write: a few are transient (the default client's rule); more end the connection. */
  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
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
