/** Levenshtein distance with an early exit once it exceeds `limit` (returns limit + 1 then). */

export function editDistance(a: string, b: string, limit = Infinity): number {
  // Two rows reused for the whole table: names and keys are compared by the hundred per analysis.
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate fewest edits away from `value`, if at most `limit` (the first of equals): the
 * did-you-mean of keys, enum values and names. `fold` compares in another form (lower case).
 */
export function nearest(value: string, candidates: readonly string[], limit: number, fold: (s: string) => string = (s) => s): string | undefined {
  const folded = fold(value);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const other = fold(candidate);
    // The distance is at least the difference in length: such a candidate cannot be closer.
    if (Math.abs(other.length - folded.length) >= bestDistance) continue;
    const d = editDistance(other, folded, limit);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}
