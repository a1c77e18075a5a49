/**
 * Every handler runs through guard: a failure is logged with the LSP method and the stack, and the
 * request is answered with an empty result. A bug in one feature must cost the user that feature
 * for one request, not the whole server (a rejected notification handler would otherwise be an
 * unhandled rejection, which ends a Node 20 process).
 */

import { Connection } from 'vscode-languageserver';

export function guard<P extends unknown[], R>(connection: Connection, method: string, fallback: R, handler: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await handler(...args);
    } catch (error) {
      connection.console.error(`${method} failed: ${describe(error)}`);
      return fallback;
    }
  };
}

/** For the process entry only: a promise somebody forgot to await is logged instead of ending the server. */
export function guardProcess(connection: Connection): void {
  process.on('unhandledRejection', (error) => connection.console.error(`unhandled rejection: ${describe(error)}`));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.stack ?? error.message : String(error);
}
