/**
 * Hover: the field or flinkConfiguration key under the cursor explained (our words and the
 * catalog's facts) together with the value the projection derived for it.
 */

import { Analysis } from '../analysis';
import { pathAt } from '../yaml/path-at';
import { Span } from '../text/span';
import { findOption, OptionInfo } from '../catalog/catalog';
import { schemaAt, schemaFor } from '../schema/schemas';
import { fieldDoc, valueDoc } from './field-docs';
import { OPTION_NOTES } from './option-notes';
import { derivedFor } from './derived-values';

export interface HoverInfo {
  readonly markdown: string;
  readonly span: Span;
}

export function hoverAt(analysis: Analysis, offset: number): HoverInfo | undefined {
  const ra = analysis.resources.find((r) => offset >= r.resource.span.start && offset <= r.resource.span.end);
  if (!ra) return undefined;
  const at = pathAt(ra.resource.document, offset);
  if (!at.span || at.path.length === 0) return undefined;
  const path = at.path;
  const configAt = path.findIndex((p) => p === 'flinkConfiguration');
  if (configAt >= 0 && path.length > configAt + 1) {
    const key = path.slice(configAt + 1).join('.');
    return { markdown: optionMarkdown(key, ra.projection ? derivedFor(ra, key) : undefined), span: at.span };
  }
  const lines: string[] = [`**${path.filter((p) => typeof p === 'string').join('.')}**`];
  const doc = fieldDoc(path);
  if (doc) lines.push('', doc);
  const value = at.on === 'value' ? analysis.text.slice(at.span.start, at.span.end).replace(/^(["'])(.*)\1$/, '$2') : undefined;
  const meaning = value === undefined ? undefined : valueDoc(path, value);
  if (meaning) lines.push('', `\`${value}\`: ${meaning}`);
  const schema = schemaFor(ra.resource.kind);
  const node = schema ? schemaAt(schema, path) : undefined;
  if (node?.enum) lines.push('', `Allowed: ${node.enum.map((v) => `\`${String(v)}\``).join(', ')}`);
  else if (node?.type) lines.push('', `Type: ${Array.isArray(node.type) ? node.type.join(' | ') : String(node.type)}`);
  const derived = derivedFor(ra, path.filter((p) => typeof p === 'string').join('.'));
  if (derived) lines.push('', `**Projection:** ${derived}`);
  if (!doc && !node && !derived) return undefined;
  return { markdown: lines.join('\n'), span: at.span };
}

function optionMarkdown(key: string, derived: string | undefined): string {
  const match = findOption(key);
  const lines = [`**${key}**`];
  if (!match) lines.push('', 'Not a Flink, operator or autoscaler option: Flink ignores it unless the job reads it.');
  else {
    const o = match.option;
    if (match.kind === 'deprecated-key') lines.push('', `Old name of \`${o.key}\`; use that instead.`);
    const note = OPTION_NOTES[o.key];
    if (note) lines.push('', note);
    lines.push('', facts(o));
  }
  if (derived) lines.push('', `**Projection:** ${derived}`);
  return lines.join('\n');
}

function facts(o: OptionInfo): string {
  const source = o.source === 'operator' ? 'Operator option' : o.source === 'autoscaler' ? 'Autoscaler option' : 'Flink option';
  const parts = [`${source} · ${o.type}`, `default: \`${o.default ?? 'none'}\``];
  if (o.enumValues) parts.push(`values: ${o.enumValues.map((v) => `\`${v}\``).join(', ')}`);
  if (o.deprecated) parts.push(`deprecated${o.replacedBy?.length ? `, use ${o.replacedBy.map((k) => `\`${k}\``).join(' or ')}` : ''}`);
  if (o.removedIn) parts.push(`removed in Flink ${o.removedIn}`);
  if (o.deprecatedKeys?.length) parts.push(`old names: ${o.deprecatedKeys.map((k) => `\`${k}\``).join(', ')}`);
  return parts.join(' · ');
}
