/**
 * Refactoring flinkConfiguration between flat keys (`a.b.c: v`, every operator) and nested YAML
 * (operator 1.13+). Values are kept as written and comments travel with the entry they precede
 * or follow. Not offered when a key is also the prefix of another one (they cannot nest).
 */

import { operatorAtLeast } from '../../versions/names';
import { lineBlock, indentOf } from './block-text';
import { Refactoring, RefactorContext } from './types';

interface Leaf {
  readonly path: string[];
  readonly value: string;
  readonly comments: string[];
}

export function configForm(ctx: RefactorContext): Refactoring[] {
  const config = ctx.resource.spec?.flinkConfiguration;
  const entry = ctx.resource.spec?.view.get('flinkConfiguration');
  if (!config?.span || !entry || ctx.offset < entry.keySpan.start || ctx.offset > config.span.end || config.openPrefixes.length > 0) return [];
  const block = lineBlock(ctx.text, entry.keySpan.start, config.span.end);
  const [head, ...body] = block.lines;
  if (!head || !/:\s*(#.*)?$/.test(head) || body.length === 0) return [];
  const leaves = readLeaves(body);
  if (!leaves) return [];
  const keys = leaves.map((l) => l.path.join('.'));
  if (keys.some((k) => keys.some((o) => o.startsWith(`${k}.`)))) return [];
  const indent = indentOf(body.find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '');
  const nested = [...config.entries.values()].some((e) => e.nested);
  const edit = (lines: string[]) => [{ span: { start: block.start, end: block.end }, newText: `${[head, ...lines].join('\n')}\n` }];
  if (nested) return [{ title: 'Write flinkConfiguration as flat keys', edits: edit(renderFlat(leaves, indent)) }];
  if (!operatorAtLeast(ctx.options.operatorVersion, '1.13')) return [];
  return [{ title: 'Write flinkConfiguration as nested YAML', edits: edit(renderNested(leaves, indent)) }];
}

/** Leaves of a block of `key: value` lines (nested by indentation); undefined for anything fancier. */
function readLeaves(lines: string[]): Leaf[] | undefined {
  const leaves: Leaf[] = [];
  const stack: Array<{ indent: number; key: string }> = [];
  let comments: string[] = [];
  for (const line of lines) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) {
      comments.push(t);
      continue;
    }
    const m = /^(\s*)([^\s#'"{[][^:#]*?|"[^"]*"|'[^']*')\s*:(?:\s+(.*))?$/.exec(line);
    if (!m || /^[|>]/.test(m[3] ?? '') || /^[[{]/.test(m[3] ?? '')) return undefined;
    const indent = (m[1] ?? '').length;
    while (stack.length && (stack[stack.length - 1]?.indent ?? 0) >= indent) stack.pop();
    const key = (m[2] ?? '').replace(/^["']|["']$/g, '');
    const value = m[3] ?? '';
    if (value === '' || value.startsWith('#')) stack.push({ indent, key });
    else {
      leaves.push({ path: [...stack.map((s) => s.key), key].flatMap((k) => k.split('.')), value, comments });
      comments = [];
    }
  }
  return leaves;
}

function renderFlat(leaves: Leaf[], indent: number): string[] {
  const pad = ' '.repeat(indent);
  return leaves.flatMap((l) => [...l.comments.map((c) => pad + c), `${pad}${l.path.join('.')}: ${l.value}`]);
}

interface Trie {
  readonly children: Map<string, Trie>;
  leaf?: Leaf;
}

/** Groups keys by prefix in first-seen order, so each parent appears once. */
function renderNested(leaves: Leaf[], indent: number): string[] {
  const root: Trie = { children: new Map() };
  for (const leaf of leaves) {
    let node = root;
    for (const part of leaf.path) {
      let next = node.children.get(part);
      if (!next) node.children.set(part, (next = { children: new Map() }));
      node = next;
    }
    node.leaf = leaf;
  }
  const out: string[] = [];
  const render = (node: Trie, depth: number) => {
    for (const [key, child] of node.children) {
      const pad = ' '.repeat(indent + 2 * depth);
      for (const c of firstLeaf(child)?.comments ?? []) out.push(pad + c);
      if (child.leaf) out.push(`${pad}${key}: ${child.leaf.value}`);
      else {
        out.push(`${pad}${key}:`);
        render(child, depth + 1);
      }
    }
  };
  render(root, 0);
  return out;
}

/** Comments are emitted once, before the first line of the group that holds their leaf. */
function firstLeaf(node: Trie): Leaf | undefined {
  if (node.leaf) return node.leaf;
  const first = node.children.values().next().value as Trie | undefined;
  const leaf = first ? firstLeaf(first) : undefined;
  if (leaf && leaf.comments.length) {
    const comments = leaf.comments;
    (leaf as { comments: string[] }).comments = [];
    return { ...leaf, comments };
  }
  return undefined;
}
