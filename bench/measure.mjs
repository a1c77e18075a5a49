// Timing helpers for the benchmark: medians of side-by-side runs, and the machine they ran on.
import { cpus, freemem, loadavg, totalmem } from 'node:os';

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

/**
 * Runs each named function `block` times per round, in turn, for `rounds` rounds, and returns
 * each one's median call (the first round is a warm-up). Taking turns puts every contender under
 * the same load, which on a shared machine matters more than the number of runs; a collection
 * before each turn (with --expose-gc) leaves no contender paying for another one's garbage.
 */
export async function sideBySide(rounds, contenders, block = 1) {
  const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  let call = 0;
  for (let round = 0; round <= rounds; round++) {
    for (const [name, f] of Object.entries(contenders)) {
      globalThis.gc?.();
      for (let i = 0; i < block; i++) {
        const start = performance.now();
        await f(call++);
        if (round > 0) times[name].push(performance.now() - start);
      }
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]));
}

/** One-character edit of a value inside a resource near the middle of the file. */
export function editAt(text, i) {
  const at = text.indexOf('parallelism: ', Math.floor(text.length / 2)) + 'parallelism: '.length;
  return text.slice(0, at) + String((i % 7) + 2) + text.slice(text.indexOf('\n', at));
}

export function machine() {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    freeGiB: Math.round(freemem() / 2 ** 30),
    load: loadavg().map((x) => Number(x.toFixed(2))),
    node: process.version,
  };
}
