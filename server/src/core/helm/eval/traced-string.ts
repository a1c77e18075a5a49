/**
 * String operations that keep a string's marks (where each part was written): slicing (trim,
 * trimSuffix...), prefixing (quote), indenting (indent, nindent). Marks that are exact copies
 * stay exact where the characters are unchanged.
 */

import { Mark, UnknownSpan } from '../../sourcemap/types';
import { Val } from './values';

/** Characters [from, to) of a traced string. */
export function sliceVal(val: Val, from: number, to: number): Val {
  const s = val.v as string;
  const marks: Mark[] = [];
  for (const m of val.marks ?? []) {
    const a = Math.max(m.start, from);
    const b = Math.min(m.end, to);
    if (a >= b) continue;
    marks.push(clip(m, a, b, -from));
  }
  const unknowns = (val.unknowns ?? []).filter((u) => u.start >= from && u.end <= to).map((u) => ({ ...u, start: u.start - from, end: u.end - from }));
  return { v: s.slice(from, to), o: val.o, marks, unknowns };
}

/** `prefix + s + suffix` where the middle keeps its marks. */
export function wrapVal(val: Val, prefix: string, suffix: string): Val {
  const marks = (val.marks ?? []).map((m) => ({ ...m, start: m.start + prefix.length, end: m.end + prefix.length }));
  const unknowns = (val.unknowns ?? []).map((u) => ({ ...u, start: u.start + prefix.length, end: u.end + prefix.length }));
  return { v: prefix + (val.v as string) + suffix, o: val.o, marks, unknowns };
}

/** Sprig's indent: `pad` before every line (nindent adds a newline first). */
export function indentVal(val: Val, pad: string, newlineFirst: boolean): Val {
  const s = val.v as string;
  const lead = (newlineFirst ? '\n' : '') + pad;
  const breaks: number[] = [];
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) breaks.push(i);
  const moved = (x: number) => lead.length + x + pad.length * countBelow(breaks, x);
  const marks: Mark[] = [];
  for (const m of val.marks ?? []) {
    let a = m.start;
    for (const br of breaks) {
      if (br < a || br >= m.end) continue;
      marks.push(clip(m, a, br + 1, moved(a) - a));
      a = br + 1;
    }
    if (a < m.end) marks.push(clip(m, a, m.end, moved(a) - a));
  }
  const unknowns: UnknownSpan[] = (val.unknowns ?? []).map((u) => ({ ...u, start: moved(u.start), end: moved(u.end - 1) + 1 }));
  return { v: lead + s.split('\n').join(`\n${pad}`), o: val.o, marks, unknowns };
}

function countBelow(sorted: readonly number[], x: number): number {
  let n = 0;
  for (const b of sorted) if (b < x) n++;
  return n;
}

/** The part [a, b) of a mark, moved by `delta`; an exact mark's source span follows the cut. */
function clip(m: Mark, a: number, b: number, delta: number): Mark {
  if (!m.exact) return { ...m, start: a + delta, end: b + delta };
  const srcStart = m.at.span.start + (a - m.start);
  return { ...m, start: a + delta, end: b + delta, at: { file: m.at.file, span: { start: srcStart, end: srcStart + (b - a) } } };
}
