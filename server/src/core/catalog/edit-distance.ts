/** Levenshtein distance with an early exit once it exceeds `limit` (returns limit + 1 then). */

export function editDistance(a: string, b: string, limit = Infinity): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate fewest edits away from `value`, if at most `limit` (the first of equals): the
 * did-you-mean of keys, enum values and names. `fold` compares in another form (lower case).
 */
export function nearest(value: string, candidates: readonly string[], limit: number, fold: (s: string) => string = (s) => s): string | undefined {
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = editDistance(fold(candidate), fold(value), limit);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}
