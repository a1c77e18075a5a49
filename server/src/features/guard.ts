/** Every handler runs through guard: a failure is logged and answered with an empty result. */

import { Connection } from 'vscode-languageserver';

export function guard<P extends unknown[], R>(connection: Connection, name: string, fallback: R, handler: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await handler(...args);
    } catch (error) {
      connection.console.error(`${name} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return fallback;
    }
  };
}
