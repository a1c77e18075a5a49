/**
 * How well what the user typed matches a key: as its prefix, at a word boundary (a dotted
 * segment, a `-` part or a camelCase hump, or one typed part per dotted segment such as
 * `st.ba.ty`), or fuzzily: in order, each typed character either right after the previous
 * one or at the start of a word (`numslots` ~ `taskmanager.numberOfTaskSlots`). Case is ignored.
 */

export enum Tier {
  Prefix = 0,
  WordBoundary = 1,
  Fuzzy = 2,
}

/** Longer typed text is matched as a prefix or at a word boundary only. */
const MAX_FUZZY = 64;

export function matchTier(typed: string, candidate: string): Tier | undefined {
  if (!typed) return Tier.Prefix;
  const t = typed.toLowerCase();
  const { lower: c, starts } = prepare(candidate);
  if (c.startsWith(t)) return Tier.Prefix;
  if (starts.some((i) => i > 0 && c.startsWith(t, i)) || segmentsMatch(t, c)) return Tier.WordBoundary;
  if (t.length > MAX_FUZZY || !isSubsequence(t, c)) return undefined;
  return fuzzy(t, c, new Set(starts), 0, -2, new Set()) ? Tier.Fuzzy : undefined;
}

interface Prepared {
  readonly lower: string;
  /** Word starts, 0 included. */
  readonly starts: readonly number[];
}

/** Candidates are the catalog's keys, matched on every keystroke: prepared once. */
const PREPARED = new Map<string, Prepared>();

function prepare(candidate: string): Prepared {
  let p = PREPARED.get(candidate);
  if (!p) {
    p = { lower: candidate.toLowerCase(), starts: [0, ...wordStarts(candidate)] };
    if (PREPARED.size < 10_000) PREPARED.set(candidate, p);
  }
  return p;
}

/** Cheap necessary condition for a fuzzy match. */
function isSubsequence(typed: string, key: string): boolean {
  let at = 0;
  for (let i = 0; i < key.length && at < typed.length; i++) if (key[i] === typed[at]) at++;
  return at === typed.length;
}

/** Offsets where a word starts: after `.`, `-` or `_`, and at an upper-case letter after a lower-case one. */
function wordStarts(key: string): number[] {
  const starts: number[] = [];
  for (let i = 1; i < key.length; i++) {
    const prev = key[i - 1] ?? '';
    const ch = key[i] ?? '';
    if ('.-_'.includes(prev) || (/[a-z0-9]/.test(prev) && /[A-Z]/.test(ch))) starts.push(i);
  }
  return starts;
}

/** `st.ba.ty` ~ `state.backend.type`: each typed part starts a later dotted segment, in order. */
function segmentsMatch(typed: string, key: string): boolean {
  const parts = typed.split('.');
  if (parts.length < 2) return false;
  const segments = key.split('.');
  let at = 0;
  for (const part of parts) {
    while (at < segments.length && !(segments[at] ?? '').startsWith(part)) at++;
    if (at++ >= segments.length) return false;
  }
  return true;
}

/** Typed characters from `ti` on, in the key after `previous`, each contiguous or at a word start. */
function fuzzy(typed: string, key: string, starts: ReadonlySet<number>, ti: number, previous: number, failed: Set<number>): boolean {
  if (ti === typed.length) return true;
  const state = ti * (key.length + 2) + previous + 2;
  if (failed.has(state)) return false;
  for (let p = previous + 1; p < key.length; p++) {
    if (key[p] !== typed[ti] || (p !== previous + 1 && !starts.has(p))) continue;
    if (fuzzy(typed, key, starts, ti + 1, p, failed)) return true;
  }
  failed.add(state);
  return false;
}
