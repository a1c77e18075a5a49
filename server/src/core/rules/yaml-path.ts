/** Finds the YAML node at a path of keys and indexes (as JSON Schema errors give them). */

import { Document, isMap, isSeq, isScalar, Node, Pair } from 'yaml';
import { resolve } from '../yaml/map-view';

export function nodeAt(doc: Document.Parsed, path: readonly string[]): Node | undefined {
  let node: Node | null = doc.contents as Node | null;
  for (const step of path) {
    node = resolve(doc, node);
    if (isMap(node)) node = ((node.items as Pair[]).find((p) => isScalar(p.key) && String(p.key.value) === step)?.value as Node | null) ?? null;
    else if (isSeq(node)) node = (node.items[Number(step)] as Node | undefined) ?? null;
    else return undefined;
  }
  return resolve(doc, node) ?? undefined;
}

/** The whole field at a path: from its key to the end of its value (a list item: the item). */
export function fieldSpanAt(doc: Document.Parsed, path: readonly string[], value: Node): { start: number; end: number } | undefined {
  const parent = path.length ? nodeAt(doc, path.slice(0, -1)) : undefined;
  const last = path[path.length - 1];
  const pair = isMap(parent) ? (parent.items as Pair[]).find((p) => isScalar(p.key) && String(p.key.value) === last) : undefined;
  const key = pair?.key as Node | undefined;
  const end = (pair?.value as Node | null | undefined)?.range?.[1] ?? value.range?.[1];
  const start = key?.range?.[0] ?? value.range?.[0];
  return start === undefined || end === undefined ? undefined : { start, end };
}
