/**
 * Writes built resources as `kustomize build` prints them (block style, two-space indents, list
 * items at their key's column, `---` between documents), marking every key and scalar with the
 * file it came from.
 */

import { TracedBuilder } from '../sourcemap/builder';
import { RenderedText } from '../sourcemap/types';
import { KMap, KNode, KScalar, KSeq } from './knode';
import { KResource } from './resource';

export function emitResources(name: string, resources: readonly KResource[]): RenderedText {
  const out = new TracedBuilder();
  resources.forEach((r, i) => {
    if (i > 0) out.plain('---\n');
    if (r.comment) comments(out, r.comment, '');
    map(out, r.root, '');
  });
  return { name, text: out.text(), marks: out.marks, unknowns: out.unknowns };
}

function comments(out: TracedBuilder, text: string, indent: string): void {
  for (const line of text.split('\n')) out.plain(`${indent}#${line}\n`);
}

function key(out: TracedBuilder, k: string, at: KMap['entries'][number]['keyAt']): void {
  const text = /^[A-Za-z0-9_./-]+$/.test(k) && !/^(true|false|null|yes|no|on|off|~)$/i.test(k) ? k : JSON.stringify(k);
  if (at && text === k) out.copy(text, at.file, at.span.start);
  else out.plain(text);
}

function map(out: TracedBuilder, m: KMap, indent: string, firstInline = false): void {
  m.entries.forEach((e, i) => {
    if (e.comment) comments(out, e.comment, indent);
    if (i > 0 || !firstInline || e.comment) out.plain(indent);
    key(out, e.key, e.keyAt);
    out.plain(':');
    value(out, e.value, indent);
  });
}

function value(out: TracedBuilder, v: KNode, indent: string): void {
  if (v.kind === 'scalar') {
    out.plain(' ');
    writeScalar(out, v);
    out.plain('\n');
  } else if (v.kind === 'map') {
    if (!v.entries.length) return out.plain(' {}\n');
    out.plain('\n');
    map(out, v, `${indent}  `);
  } else {
    if (!v.items.length) return out.plain(' []\n');
    out.plain('\n');
    seq(out, v, indent);
  }
}

function seq(out: TracedBuilder, s: KSeq, indent: string): void {
  for (const item of s.items) {
    out.plain(`${indent}- `);
    if (item.kind === 'scalar') {
      writeScalar(out, item);
      out.plain('\n');
    } else if (item.kind === 'map') {
      if (!item.entries.length) out.plain('{}\n');
      else map(out, item, `${indent}  `, true);
    } else if (!item.items.length) out.plain('[]\n');
    else {
      out.plain('\n');
      seq(out, item, `${indent}  `);
    }
  }
}

function writeScalar(out: TracedBuilder, s: KScalar): void {
  if (s.at && s.verbatim && !s.via) out.copy(s.text, s.at.file, s.at.span.start);
  else if (s.at) out.write(s.text, s.at, s.via ?? s.shadowed);
  else out.plain(s.text);
  const last = out.marks[out.marks.length - 1];
  // A verbatim copy still says which base value a patch replaced.
  if (last && s.shadowed && s.verbatim && !s.via && last.end === out.size) out.marks[out.marks.length - 1] = { ...last, value: s.shadowed };
}
