/** Quick fixes for schema findings: the closest enum value, an unquoted number. */

import { isScalar, Node } from 'yaml';
import { replaceScalar } from '../edits/yaml-edit';
import { editDistance } from '../catalog/edit-distance';
import { nodeSpan } from '../yaml/map-view';
import { Fix, ResourceContext } from './types';

export function enumFix(ctx: ResourceContext, node: Node, allowed: readonly string[]): Fix[] {
  if (!isScalar(node)) return [];
  const value = String(node.value);
  const normalized = (s: string) => s.toLowerCase().replace(/[._\-\s]/g, '');
  const same = allowed.find((a) => normalized(a) === normalized(value));
  const close = same ?? (allowed.length === 1 ? allowed[0] : undefined) ?? allowed.map((a) => [a, editDistance(a.toLowerCase(), value.toLowerCase(), 2)] as const).filter(([, d]) => d <= 2).sort((a, b) => a[1] - b[1])[0]?.[0];
  return close ? [{ title: `Change to ${close}`, edits: [replaceScalar(ctx.text, nodeSpan(node), close)], preferred: true }] : [];
}

export function typeFix(ctx: ResourceContext, node: Node, expected: unknown): Fix[] {
  if (!isScalar(node) || typeof node.value !== 'string') return [];
  const text = node.value.trim();
  const types = Array.isArray(expected) ? expected : [expected];
  const asNumber = (types.includes('integer') && /^-?\d+$/.test(text)) || (types.includes('number') && /^-?(\d+\.?\d*|\.\d+)$/.test(text));
  const asBool = types.includes('boolean') && /^(true|false)$/i.test(text);
  if (!asNumber && !asBool) return [];
  return [{ title: `Write ${text} without quotes`, edits: [{ span: nodeSpan(node), newText: asBool ? text.toLowerCase() : text }], preferred: true }];
}
