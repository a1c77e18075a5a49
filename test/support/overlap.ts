/**
 * How much of our text is borrowed from another text: the longest run of consecutive words the
 * two share, and the share of our word trigrams found in the other. Key names, values and code
 * (anything in backticks, dotted names, numbers) are dropped first: naming the same option or
 * default is not copying. Runs are counted twice: with every word, and with stop words removed
 * (which catches a sentence copied with "a" and "the" swapped).
 */

const STOP = new Set('a an the of to in on at by for and or is are be been being it its this that these those as with from into than then when which who whose what if not no can may will would should could does do has have had was were but so such also only any each all both other its per via their there them they we you your our one'.split(' '));

export interface Overlap {
  /** Longest shared run of words, stop words included. */
  readonly run: number;
  /** Longest shared run of content words (stop words removed). */
  readonly contentRun: number;
  /** Share of our content-word trigrams that also occur in the other text (0 when we have none). */
  readonly trigramShare: number;
  /** The longest shared run itself, for the report. */
  readonly phrase: string;
}

export function words(text: string): string[] {
  return text
    .replace(/`[^`]*`/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase()
    .replace(/[a-z0-9_-]+(\.[a-z0-9_<>#*-]+)+/g, ' ')
    .replace(/\b\d[\w.]*/g, ' ')
    .split(/[^a-z']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0);
}

export function contentWords(text: string): string[] {
  return words(text).filter((w) => !STOP.has(w));
}

export function overlap(ours: string, theirs: string): Overlap {
  const raw = longestRun(words(ours), words(theirs));
  const content = longestRun(contentWords(ours), contentWords(theirs));
  const mine = trigrams(contentWords(ours));
  const other = new Set(trigrams(contentWords(theirs)));
  const shared = mine.filter((t) => other.has(t)).length;
  return { run: raw.length, contentRun: content.length, trigramShare: mine.length ? shared / mine.length : 0, phrase: raw.join(' ') };
}

function trigrams(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 < ws.length; i++) out.push(`${ws[i]} ${ws[i + 1]} ${ws[i + 2]}`);
  return out;
}

/** The longest common run of consecutive words (dynamic programming over both sequences). */
function longestRun(a: readonly string[], b: readonly string[]): string[] {
  let best = 0;
  let end = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue;
      const n = (prev[j - 1] ?? 0) + 1;
      row[j] = n;
      if (n > best) [best, end] = [n, i];
    }
    prev = row;
  }
  return a.slice(end - best, end);
}
