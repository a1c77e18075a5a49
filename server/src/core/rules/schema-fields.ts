/**
 * Unknown and misplaced fields: walks the YAML next to the schema's `properties`. A key the
 * schema does not list is dropped by the API server; if it exists one level up or is a known
 * alias (className → entryClass) the finding says where it belongs.
 */

import { isMap, isScalar, isSeq, Node, Pair } from 'yaml';
import { nodeSpan, resolve } from '../yaml/map-view';
import { deref, SchemaNode } from '../schema/schemas';
import { nearest } from '../catalog/edit-distance';
import { renameKey } from '../edits/yaml-edit';
import { Span } from '../text/span';
import { Report, ResourceContext } from './types';
import { EMR_FIELDS, isEmr } from '../model/dialect';

/** Names people use for a field that has another name in the CRD. */
const ALIASES: Record<string, string> = { className: 'entryClass', mainClass: 'entryClass', jar: 'jarURI', jarUri: 'jarURI', jarUrl: 'jarURI', arguments: 'args', programArgs: 'args', parallism: 'parallelism' };
const MAX_DEPTH = 40;

export function unknownFields(ctx: ResourceContext, root: Node, schema: SchemaNode, skip: (s: Span) => boolean): Report[] {
  const reports: Report[] = [];
  const walkCtx = { ctx, root: schema, out: reports, skip, emr: isEmr(ctx.resource.spec) };
  walk(walkCtx, root, schema, undefined, []);
  return reports;
}

interface Walk {
  readonly ctx: ResourceContext;
  readonly root: SchemaNode;
  readonly out: Report[];
  readonly skip: (s: Span) => boolean;
  /** An EMR on EKS resource: its CRD adds a few fields (model/dialect.ts). */
  readonly emr: boolean;
}

function walk(w: Walk, node: Node | null, schemaNode: SchemaNode | undefined, parentNode: SchemaNode | undefined, path: string[]): void {
  const { ctx, out, skip } = w;
  const schema = deref(w.root, schemaNode);
  const parent = deref(w.root, parentNode);
  const value = resolve(ctx.resource.document, node);
  if (!schema || path.length > MAX_DEPTH) return;
  if (isSeq(value)) {
    for (const item of value.items as Node[]) walk(w, item, schema.items, parent, path);
    return;
  }
  if (!isMap(value) || !schema.properties || schema.additionalProperties !== undefined) return;
  for (const pair of value.items as Pair[]) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const key = String(pair.key.value);
    const child = schema.properties[key];
    if (child) {
      walk(w, pair.value as Node, child, schema, [...path, key]);
      continue;
    }
    const span = nodeSpan(pair.key as Node);
    if (key === '<<' || skip(span) || (w.emr && path[0] === 'spec' && EMR_FIELDS.has([...path.slice(1), key].join('.')))) continue;
    out.push(unknown(ctx, key, span, schema, parent, path));
  }
}

function unknown(ctx: ResourceContext, key: string, span: Span, schema: SchemaNode, parent: SchemaNode | undefined, path: string[]): Report {
  const where = path.join('.') || 'the top level';
  const known = Object.keys(schema.properties ?? {});
  const alias = ALIASES[key] && known.includes(ALIASES[key] ?? '') ? ALIASES[key] : undefined;
  const close = alias ?? known.find((k) => k.toLowerCase() === key.toLowerCase()) ?? nearest(key, known, 2);
  if (close) {
    return { message: `${where} has no field "${key}" (the API server drops it). Did you mean "${close}"?`, span, severity: 'warning', supplies: [...path, close].join('.'), fixes: [{ title: `Rename to ${close}`, edits: [renameKey(span, close)], preferred: true }] };
  }
  if (parent?.properties?.[key]) {
    return { message: `"${key}" does not belong under ${where}; it is a field of ${path.slice(0, -1).join('.') || 'the top level'}, one level up. Here the API server drops it.`, span, severity: 'warning', supplies: [...path.slice(0, -1), key].join('.') };
  }
  return { message: `${where} has no field "${key}"; the API server drops it (kubectl --validate=strict rejects it).`, span, severity: 'warning' };
}
