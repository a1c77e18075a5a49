/**
 * A document as plain data, as `Document.toJS()` builds it, without its bookkeeping (anchor maps,
 * a conversion context per node) for the common tree of maps, lists and scalars. Anything else
 * (aliases, merge keys, keys that are not strings, unusual nodes) is left to `toJS`, which the
 * caller falls back to, so the result is always the library's own.
 */

import { Document, isMap, isScalar, isSeq, Node, Pair } from 'yaml';

/** Returned when the tree needs the library's conversion. */
const ASK_LIBRARY = Symbol('ask the library');

export function plainData(document: Document.Parsed): unknown {
  const fast = convert(document.contents as Node | null, 0);
  return fast === ASK_LIBRARY ? document.toJS({ maxAliasCount: 1000 }) : fast;
}

/** The fast conversion alone: undefined where the library is asked (for tests). */
export function fastPlainData(document: Document.Parsed): { value: unknown } | undefined {
  const fast = convert(document.contents as Node | null, 0);
  return fast === ASK_LIBRARY ? undefined : { value: fast };
}

const MAX_DEPTH = 200;

function convert(node: Node | null, depth: number): unknown {
  if (node === null) return null;
  if (depth > MAX_DEPTH) return ASK_LIBRARY;
  if (isScalar(node)) return node.value;
  if (isSeq(node)) {
    const out: unknown[] = [];
    for (const item of node.items as Array<Node | null>) {
      const value = convert(item, depth + 1);
      if (value === ASK_LIBRARY) return ASK_LIBRARY;
      out.push(value);
    }
    return out;
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items as Pair[]) {
      const key = pair.key;
      if (!isScalar(key) || typeof key.value !== 'string' || key.value === '<<') return ASK_LIBRARY;
      const value = convert(pair.value as Node | null, depth + 1);
      if (value === ASK_LIBRARY) return ASK_LIBRARY;
      // As the library does: a key already present (or inherited, like `constructor`) becomes an own property.
      if (key.value in out) Object.defineProperty(out, key.value, { value, writable: true, enumerable: true, configurable: true });
      else out[key.value] = value;
    }
    return out;
  }
  return ASK_LIBRARY;
}
