/** Yielding to queued messages without Node's setImmediate, which a web worker does not have. */

const immediate: (callback: () => void) => void = typeof setImmediate === 'function' ? (callback) => void setImmediate(callback) : (callback) => void setTimeout(callback, 0);

/** Runs `callback` once the messages already queued have been handled. */
export function soon(callback: () => void): void {
  immediate(callback);
}

/** Resolves once the messages already queued have been handled (cancellations included). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => immediate(resolve));
}
