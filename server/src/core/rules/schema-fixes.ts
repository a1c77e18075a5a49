/** Quick fixes for schema findings: the closest enum value, a number or boolean written as one. */

import { isScalar, Node } from 'yaml';
import { replaceScalar } from '../edits/yaml-edit';
import { nearest } from '../catalog/edit-distance';
import { nodeSpan } from '../yaml/map-view';
import { Fix, ResourceContext } from './types';

/** The allowed value the user most likely meant: same up to case and separators, or a typo away. */
export function closestAllowed(node: Node, allowed: readonly string[]): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = String(node.value);
  const normalized = (s: string) => s.toLowerCase().replace(/[._\-\s]/g, '');
  const same = allowed.find((a) => normalized(a) === normalized(value));
  return same ?? (allowed.length === 1 ? allowed[0] : undefined) ?? nearest(value, allowed, 2, (s) => s.toLowerCase());
}

export function enumFix(ctx: ResourceContext, node: Node, allowed: readonly string[]): Fix[] {
  const close = closestAllowed(node, allowed);
  return close ? [{ title: `Change to ${close}`, edits: [replaceScalar(ctx.text, nodeSpan(node), close)], preferred: true }] : [];
}

/**
 * A quoted number or boolean where the schema wants one: write it as one (`"8"` → `8`); a number
 * or boolean where it wants text: quote it.
 */
export function typeFix(ctx: ResourceContext, node: Node, expected: unknown): Fix[] {
  if (!isScalar(node)) return [];
  const types = Array.isArray(expected) ? expected : [expected];
  if (typeof node.value !== 'string') {
    if (!types.includes('string') || !['number', 'boolean'].includes(typeof node.value)) return [];
    const source = ctx.text.slice(nodeSpan(node).start, nodeSpan(node).end);
    return [{ title: `Write "${source}" as a string`, edits: [{ span: nodeSpan(node), newText: `"${source}"` }], preferred: true }];
  }
  const text = node.value.trim();
  const asNumber = (types.includes('integer') && /^-?\d+$/.test(text)) || (types.includes('number') && /^-?(\d+\.?\d*|\.\d+)$/.test(text));
  const asBool = types.includes('boolean') && /^(true|false)$/i.test(text);
  if (!asNumber && !asBool) return [];
  const newText = asBool ? text.toLowerCase() : text;
  return [{ title: `Write ${newText} as a ${asBool ? 'boolean' : 'number'}`, edits: [{ span: nodeSpan(node), newText }], preferred: true }];
}
