/**
 * Refactoring between the deprecated `resource` {cpu, memory} and `resources` requests (operators
 * newer than 1.15, §1.5). Block and flow forms; comments inside the block move with it.
 */

import { isAlias } from 'yaml';
import { operatorAtLeast } from '../../versions/names';
import { roleOf } from '../../rules/helpers';
import { MapView } from '../../yaml/map-view';
import { lineBlock, indentOf, shift } from './block-text';
import { Refactoring, RefactorContext } from './types';

export function resourceForm(ctx: RefactorContext): Refactoring[] {
  const out: Refactoring[] = [];
  for (const name of ['jobManager', 'taskManager'] as const) {
    const role = roleOf(ctx.resource.spec, name);
    if (!role || ctx.offset < role.span.start - 20 || ctx.offset > role.span.end) continue;
    const resource = role.view.get('resource');
    const resources = role.view.get('resources');
    // An alias or an anchored map is shared with another role: rewriting it in place would change both.
    const shared = isAlias(resource?.value) || !!(resource?.value as { anchor?: string } | null)?.anchor;
    if (resource && !resources && !shared && operatorAtLeast(ctx.options.operatorVersion, '1.16')) {
      const view = role.view.map('resource');
      if (view instanceof MapView) {
        const edit = toResources(ctx.text, resource.keySpan.start, view);
        if (edit) out.push({ title: `Convert ${name}.resource to resources.requests`, edits: [edit] });
      }
    }
  }
  return out;
}

function toResources(text: string, keyStart: number, view: MapView) {
  const node = view.node;
  if (!node?.range) return undefined;
  if (node.flow) {
    const inner = text.slice(node.range[0], node.range[1]).replace(/\bephemeralStorage\b/, 'ephemeral-storage');
    return { span: { start: keyStart, end: node.range[1] }, newText: `resources: { requests: ${inner} }` };
  }
  const block = lineBlock(text, keyStart, node.range[2]);
  const [head, ...children] = block.lines;
  if (head === undefined || !/^\s*resource\s*:/.test(head)) return undefined;
  const indent = indentOf(head);
  const lines = [head.replace(/resource(\s*):/, 'resources$1:'), `${' '.repeat(indent + 2)}requests:`, ...shift(children, 2).map((l) => l.replace(/^(\s*)ephemeralStorage:/, '$1ephemeral-storage:'))];
  return { span: { start: block.start, end: block.end }, newText: `${lines.join('\n')}\n` };
}
