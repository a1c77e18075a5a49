/**
 * Hover: the field or flinkConfiguration key under the cursor explained (our words and the
 * catalog's facts) together with the value the projection derived for it.
 */

import { Analysis } from '../analysis';
import { pathAt } from '../yaml/path-at';
import { Span } from '../text/span';
import { resourceFlinkVersion } from './resource-flink-version';
import { schemaAt, schemaFor } from '../schema/schemas';
import { fieldDoc, valueDoc } from './field-docs';
import { optionDocumentation } from './option-docs';
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
    return { markdown: optionMarkdown(key, resourceFlinkVersion(ra), ra.projection ? derivedFor(ra, key) : undefined), span: at.span };
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

function optionMarkdown(key: string, flinkVersion: string | undefined, derived: string | undefined): string {
  const doc = optionDocumentation(key, flinkVersion);
  const lines = [`**${key}**`, '', doc ?? 'Not a Flink, operator or autoscaler option: Flink ignores it unless the job reads it.'];
  if (derived) lines.push('', `**Projection:** ${derived}`);
  return lines.join('\n');
}
