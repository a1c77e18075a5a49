/** Deterministic truncations, insertions and deletions of a text, so a failure can be replayed. */

const EDIT_CHARS = [' ', '\n', '\t', ':', '-', '{', '}', '[', ']', '"', "'", '#', '&', '*', '!', '|', '>', '{{', '}}', '0', 'x', '\u0000', '\uFFFF', '<<: *a'];

/** A small linear congruential generator. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function* randomEdits(text: string, count: number, seed: number): Generator<{ mutated: string; what: string }> {
  const next = random(seed);
  for (let i = 0; i < count; i++) {
    const at = Math.floor(next() * text.length);
    if (i % 3 === 0) yield { mutated: text.slice(0, at), what: `truncated at ${at}` };
    else if (i % 3 === 1) yield { mutated: text.slice(0, at) + EDIT_CHARS[Math.floor(next() * EDIT_CHARS.length)] + text.slice(at), what: `insertion at ${at} (edit ${i})` };
    else yield { mutated: text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 20)), what: `deletion at ${at} (edit ${i})` };
  }
}
