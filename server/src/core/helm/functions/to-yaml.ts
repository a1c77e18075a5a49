/**
 * Helm's toYaml: go-yaml v2 block style (keys in its natural order, lists not indented under
 * their key, `{}`/`[]` for empty ones, no trailing newline), with a mark on every key and scalar
 * pointing at the values-file entry it came from.
 */

import { Mark, Origin, ValueOrigin } from '../../sourcemap/types';
import { isStruct, originAt, Val } from '../eval/values';
import { yamlKeyLess } from './yaml-key-order';
import { inlineString, literalBlock, nonStringScalar } from './yaml-scalar';

class Writer {
  text = '';
  readonly marks: Mark[] = [];
  constructor(private readonly at: Origin) {}

  put(s: string, value?: ValueOrigin): void {
    if (value && s) this.marks.push({ start: this.text.length, end: this.text.length + s.length, at: this.at, exact: false, value });
    this.text += s;
  }
}

export function toYamlVal(val: Val, at: Origin): Val {
  const w = new Writer(at);
  node(w, val.v, '', val.o);
  return { v: w.text.replace(/\n$/, ''), o: val.o, marks: w.marks };
}

/** A value at the start of a line (or after `- `), ending with a newline. */
function node(w: Writer, v: unknown, indent: string, origin: ValueOrigin | undefined): void {
  if (v instanceof Map && v.size > 0) return mapping(w, v, indent);
  if (Array.isArray(v) && v.length > 0) return sequence(w, v, indent);
  scalar(w, v, indent || '  ', origin);
  w.put('\n');
}

function mapping(w: Writer, m: Map<string, unknown>, indent: string): void {
  [...m.keys()].sort((a, b) => (yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0)).forEach((k, i) => {
    const value = m.get(k);
    const o = originAt(m, k);
    if (i > 0) w.put(indent);
    w.put(inlineString(k, true) ?? k, o?.keySpan ? { ...o, span: o.keySpan } : undefined);
    w.put(':');
    if (value instanceof Map && value.size > 0) {
      w.put(`\n${indent}  `);
      mapping(w, value, `${indent}  `);
    } else if (Array.isArray(value) && value.length > 0) {
      w.put(`\n${indent}`);
      sequence(w, value, indent);
    } else {
      w.put(' ');
      scalar(w, value, `${indent}  `, o);
      w.put('\n');
    }
  });
}

function sequence(w: Writer, items: readonly unknown[], indent: string): void {
  items.forEach((item, i) => {
    if (i > 0) w.put(indent);
    w.put('- ');
    node(w, item, `${indent}  `, originAt(items, i));
  });
}

function scalar(w: Writer, v: unknown, indent: string, origin: ValueOrigin | undefined): void {
  if (v instanceof Map || isStruct(v)) return w.put('{}', origin);
  if (Array.isArray(v)) return w.put('[]', origin);
  if (typeof v !== 'string') return w.put(nonStringScalar(v), origin);
  w.put(inlineString(v, false) ?? literalBlock(v, indent), origin);
}

