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
  /** How many of our content-word trigrams occur in the other text. */
  readonly sharedTrigrams: number;
  /** The longest shared run itself, for the report. */
  readonly phrase: string;
}

/**
 * The words of a text, lower case. Code in backticks, dotted key names, numbers and constant-style
 * values (`NONE`, `RETAIN_ON_CANCELLATION`) become `barrier`, a token that matches nothing in the
 * other text, so a shared run can neither include them nor bridge over them.
 */
export function words(text: string, barrier = BARRIER): string[] {
  return text
    .replace(/`[^`]*`/g, ' \u0000 ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)*\b/g, (w) => (w.length > 1 ? ' \u0000 ' : w))
    .toLowerCase()
    .replace(/[a-z0-9_-]+(\.[a-z0-9_<>#*-]+)+/g, ' \u0000 ')
    .replace(/\b\d[\w.]*/g, ' \u0000 ')
    .split(/[^a-z'\u0000]+/)
    .map((w) => (w === '\u0000' ? barrier : w.replace(/^'+|'+$/g, '')))
    .filter((w) => w.length > 0);
}

const BARRIER = '\u0000';

export function contentWords(text: string, barrier = BARRIER): string[] {
  return words(text, barrier).filter((w) => !STOP.has(w));
}

export function overlap(ours: string, theirs: string): Overlap {
  const raw = longestRun(words(ours, OURS), words(theirs, THEIRS));
  const content = longestRun(contentWords(ours, OURS), contentWords(theirs, THEIRS));
  const mine = trigrams(contentWords(ours, OURS));
  const other = new Set(trigrams(contentWords(theirs, THEIRS)));
  const shared = mine.filter((t) => other.has(t)).length;
  return { run: raw.length, contentRun: content.length, trigramShare: mine.length ? shared / mine.length : 0, sharedTrigrams: shared, phrase: raw.join(' ') };
}

const OURS = '\u0000ours';
const THEIRS = '\u0000theirs';

/** Runs of n words that cross no barrier. */
export function ngrams(ws: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= ws.length; i++) {
    const gram = ws.slice(i, i + n);
    if (!gram.some((w) => w.startsWith('\u0000'))) out.push(gram.join(' '));
  }
  return out;
}

function trigrams(ws: readonly string[]): string[] {
  return ngrams(ws, 3);
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
