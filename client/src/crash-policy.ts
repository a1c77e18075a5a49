/**
 * When to restart a language server that died: always, unless it keeps dying. A server that
 * crashes on every start (say, on a file the workspace opens at once) would otherwise restart in a
 * loop and bury the user in notifications. No VS Code imports, so node tests can check it.
 */

export const MAX_CRASHES = 5;
export const WINDOW_MS = 3 * 60 * 1000;

export type CrashDecision = { readonly restart: true; readonly message: string } | { readonly restart: false; readonly message: string };

export class CrashPolicy {
  /** Automatic restarts since activation (manual restarts do not count). */
  restarts = 0;
  private crashes: number[] = [];

  constructor(private readonly now: () => number = Date.now, private readonly max = MAX_CRASHES, private readonly windowMs = WINDOW_MS) {}

  /** Records one crash and says whether to restart, with the message for the user. */
  crashed(): CrashDecision {
    const t = this.now();
    this.crashes = [...this.crashes.filter((c) => t - c < this.windowMs), t];
    if (this.crashes.length >= this.max) {
      return { restart: false, message: `The Flink language server stopped unexpectedly ${this.crashes.length} times in ${this.windowMs / 60000} minutes and will not be restarted.` };
    }
    this.restarts++;
    return { restart: true, message: 'The Flink language server stopped unexpectedly and was restarted.' };
  }

  /** The user restarted the server by hand: earlier crashes no longer count towards the limit. */
  reset(): void {
    this.crashes = [];
  }
}
