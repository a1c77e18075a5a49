/**
 * Alias problems the parser does not report: an alias whose anchor is missing (kubectl fails with
 * "unknown anchor"), and aliases that multiply into millions of nodes (a "billion laughs"; the
 * Kubernetes YAML decoder stops those with "excessive aliasing" once several million nodes are
 * decoded). Sizes are counted once per anchored node, so the walk is linear in the document.
 */

import { Document, isAlias, isCollection, isPair, Node, visit } from 'yaml';
import { Span } from '../text/span';

/** Beyond this many decoded nodes the Kubernetes decoder refuses alias-heavy documents. */
export const EXCESSIVE_EXPANSION = 4_000_000;

export interface AliasProblem {
  readonly message: string;
  readonly span: Span;
}

export function aliasProblems(doc: Document.Parsed): AliasProblem[] {
  const problems: AliasProblem[] = [];
  let aliases = 0;
  visit(doc, {
    Alias(_key, alias) {
      aliases++;
      if (!alias.resolve(doc) && alias.range) problems.push({ message: `the alias *${alias.source} has no anchor &${alias.source} before it; kubectl fails with "unknown anchor".`, span: { start: alias.range[0], end: alias.range[1] } });
    },
  });
  if (aliases === 0 || problems.length > 0) return problems;
  const size = expandedSize(doc, doc.contents, new Map());
  if (size > EXCESSIVE_EXPANSION && doc.contents?.range) {
    const at = doc.contents.range[0];
    problems.push({ message: `aliases in this document expand to more than ${EXCESSIVE_EXPANSION.toLocaleString('en-US')} nodes; the Kubernetes YAML decoder refuses it ("excessive aliasing") and it is not checked further.`, span: { start: at, end: at + 1 } });
  }
  return problems;
}

/** Nodes after expanding aliases, memoised per node and capped so the numbers stay small. */
function expandedSize(doc: Document.Parsed, node: unknown, memo: Map<unknown, number>): number {
  if (node === null || typeof node !== 'object') return 1;
  const known = memo.get(node);
  if (known !== undefined) return known;
  memo.set(node, 1); // a cycle through an alias counts once
  let size = 1;
  if (isAlias(node)) size = expandedSize(doc, node.resolve(doc), memo);
  else if (isPair(node)) size = expandedSize(doc, node.key, memo) + expandedSize(doc, node.value, memo);
  else if (isCollection(node)) for (const item of node.items as Node[]) size = Math.min(size + expandedSize(doc, item, memo), EXCESSIVE_EXPANSION * 2);
  memo.set(node, size);
  return size;
}
