import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, nearest } from '../../server/src/core/catalog/edit-distance';

/** The textbook table, no shortcuts: what the fast version must agree with. */
function reference(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = table[i] as number[];
      const above = table[i - 1] as number[];
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return (table[a.length] as number[])[b.length] as number;
}

function randomWord(random: () => number): string {
  const length = Math.floor(random() * 9);
  return Array.from({ length }, () => 'abcé-'[Math.floor(random() * 5)]).join('');
}

function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

test('the edit distance agrees with the textbook table, exactly within the limit and past it when it exits early', () => {
  const random = seeded(17);
  for (let n = 0; n < 3000; n++) {
    const [a, b, limit] = [randomWord(random), randomWord(random), Math.floor(random() * 4)];
    const expected = reference(a, b);
    assert.equal(editDistance(a, b), expected, `${a} ~ ${b}`);
    const bounded = editDistance(a, b, limit);
    if (expected <= limit) assert.equal(bounded, expected, `${a} ~ ${b} within ${limit}`);
    else assert.ok(bounded > limit, `${a} ~ ${b} past ${limit}`);
  }
});

test('nearest picks the first of the closest candidates within the limit, as a full scan does', () => {
  const random = seeded(42);
  for (let n = 0; n < 500; n++) {
    const value = randomWord(random);
    const candidates = Array.from({ length: Math.floor(random() * 8) }, () => randomWord(random));
    const limit = 1 + Math.floor(random() * 3);
    let expected: string | undefined;
    let best = limit + 1;
    for (const c of candidates) if (reference(c.toUpperCase(), value.toUpperCase()) < best) [expected, best] = [c, reference(c.toUpperCase(), value.toUpperCase())];
    assert.equal(nearest(value, candidates, limit, (s) => s.toUpperCase()), expected, `${value} in ${candidates.join(',')}`);
  }
});
