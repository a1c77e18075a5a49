/** Inline patches inside a kustomization, and where their text sits in the file. */

import { isScalar, Node } from 'yaml';

/**
 * An inline patch (usually a `|-` block) and the map from offsets in its text to offsets in the
 * kustomization file: each line of the block sits at its line in the file, after the indent.
 */
export function inline(text: string, node: Node | undefined): { patch?: string; patchOffset?: (offset: number) => number } {
  const value = str(node);
  if (value === undefined || !node?.range) return {};
  const start = node.range[0];
  if (!isScalar(node) || (node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED')) return { patch: value, patchOffset: (o) => start + 1 + o };
  const lineStarts: number[] = [];
  let pos = text.indexOf('\n', start) + 1;
  const indent = /^[ ]*/.exec(text.slice(pos).split('\n').find((l) => l.trim()) ?? '')?.[0].length ?? 0;
  for (const line of value.split('\n')) {
    lineStarts.push(pos + (line ? indent : 0));
    const next = text.indexOf('\n', pos);
    pos = next < 0 ? text.length : next + 1;
  }
  const valueLineStarts = [0];
  for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) valueLineStarts.push(i + 1);
  return {
    patch: value,
    patchOffset: (o) => {
      let line = 0;
      while (line + 1 < valueLineStarts.length && (valueLineStarts[line + 1] as number) <= o) line++;
      return (lineStarts[line] ?? start) + (o - (valueLineStarts[line] ?? 0));
    },
  };
}

function str(n: unknown): string | undefined {
  return isScalar(n) && n.value !== null && n.value !== undefined ? String(n.value) : undefined;
}
