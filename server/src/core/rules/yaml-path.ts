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
