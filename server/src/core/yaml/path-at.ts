/**
 * Where an offset is in a YAML document: the path of keys down to it, and whether it is on a
 * key or a value. Used by hover and completion; tolerant of half-typed YAML.
 */

import { Document, isMap, isScalar, isSeq, Node, Pair } from 'yaml';
import { Span } from '../text/span';

export interface PathAt {
  /** Keys (and list indexes) from the document root to the node at the offset. */
  readonly path: ReadonlyArray<string | number>;
  /** On a key, on a scalar value, or somewhere else inside a mapping (e.g. an empty line). */
  readonly on: 'key' | 'value' | 'inside';
  readonly span?: Span;
  /** The mapping the offset is in (for completion of sibling keys). */
  readonly map?: Node;
}

export function pathAt(doc: Document.Parsed, offset: number): PathAt {
  return walk(doc.contents as Node | null, offset, []) ?? { path: [], on: 'inside' };
}

function walk(node: Node | null, offset: number, path: Array<string | number>): PathAt | undefined {
  if (!node || !node.range || offset < node.range[0] || offset > node.range[2]) return undefined;
  if (isMap(node)) {
    for (const pair of node.items as Pair[]) {
      const key = pair.key as Node | null;
      const name = isScalar(key) ? String(key.value) : undefined;
      if (name === undefined || !key?.range) continue;
      if (offset >= key.range[0] && offset <= key.range[1]) return { path: [...path, name], on: 'key', span: { start: key.range[0], end: key.range[1] }, map: node };
      const value = pair.value as Node | null;
      const inner = walk(value, offset, [...path, name]);
      if (inner) return inner;
    }
    return { path, on: 'inside', map: node };
  }
  if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const inner = walk(node.items[i] as Node, offset, [...path, i]);
      if (inner) return inner;
    }
    return { path, on: 'inside' };
  }
  if (isScalar(node)) return { path, on: 'value', span: { start: node.range[0], end: node.range[1] } };
  return undefined;
}
