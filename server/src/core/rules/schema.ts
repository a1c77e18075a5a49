/**
 * schema: the resource checked against the operator's CRD schema: wrong types, values outside an
 * enum (with the closest allowed value), unknown or misplaced fields (which the API server drops,
 * or kubectl's strict validation rejects) and duplicate keys. Templated values are skipped.
 */

import { Document, isMap, isScalar, Node, Pair } from 'yaml';
import { touchesTemplate, insideConditional, partialConditionals } from '../yaml/templates';
import { nodeSpan } from '../yaml/map-view';
import { plainData } from '../yaml/plain';
import { schemaFor, validatorFor } from '../schema/schemas';
import { fieldSpanAt, nodeAt } from './yaml-path';
import { unknownFields } from './schema-fields';
import { closestAllowed, enumFix, typeFix } from './schema-fixes';
import { Report, ResourceContext, ResourceRule } from './types';

export const schema: ResourceRule = {
  id: 'schema',
  severity: 'error',
  patches: true,
  kinds: ['FlinkDeployment', 'FlinkSessionJob', 'FlinkBlueGreenDeployment', 'FlinkStateSnapshot'],
  doc: {
    summary: 'A field that does not match the operator\'s CRD: unknown, misplaced, of the wrong type or outside its allowed values.',
    why: 'The API server rejects wrong types and enum values; unknown fields are silently dropped (or rejected by kubectl --validate=strict), so the setting never reaches the operator.',
    before: 'flinkVersion: v1.17\njob:\n  className: com.example.Main',
    after: 'flinkVersion: v1_17\njob:\n  entryClass: com.example.Main',
  },
  check(ctx: ResourceContext): Report[] {
    const root = schemaFor(ctx.resource.kind);
    const validate = validatorFor(ctx.resource.kind);
    const contents = ctx.resource.document.contents;
    if (!root || !validate || !isMap(contents)) return [];
    const conditionals = partialConditionals(ctx.parsed.conditionals, { start: contents.range?.[0] ?? 0, end: contents.range?.[1] ?? 0 });
    const skip = (s: { start: number; end: number }) => touchesTemplate(ctx.parsed.templates, s) || insideConditional(conditionals, s.start);
    const value = plainValue(ctx.resource.document);
    if (value !== undefined) validate(value);
    const reports: Report[] = [];
    for (const error of value === undefined ? [] : validate.errors ?? []) {
      if (!['type', 'enum', 'const'].includes(error.keyword) || error.instancePath.startsWith('/spec/flinkConfiguration')) continue;
      const path = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
      const node = nodeAt(ctx.resource.document, path);
      if (!node || !node.range || (isScalar(node) && node.value === null)) continue;
      const span = nodeSpan(node);
      if (skip(span)) continue;
      const where = path.join('.');
      const invalidates = fieldSpanAt(ctx.resource.document, path, node) ?? span;
      if (error.keyword === 'type') reports.push({ message: `${where}: the API server rejects ${describe(node)} where ${describeType(error.params.type)} is expected.`, span, invalidates, fixes: typeFix(ctx, node, error.params.type) });
      else {
        const allowed = (error.params.allowedValues as string[] | undefined) ?? [String(error.params.allowedValue)];
        const meant = closestAllowed(node, allowed);
        const written = `${where} "${isScalar(node) ? String(node.value) : ''}"`;
        const message = allowed.length === 1 ? `${written} must be ${allowed[0]}.` : `${written} is not one of ${allowed.join(', ')}${meant ? `; did you mean ${meant}?` : '.'}`;
        reports.push({ message, span, invalidates, fixes: enumFix(ctx, node, allowed) });
      }
    }
    reports.push(...unknownFields(ctx, contents, root, skip));
    reports.push(...duplicateKeys(contents, skip));
    return reports;
  },
};

/**
 * The document as plain data, or undefined when it cannot be built: an alias without its anchor,
 * or an alias bomb past the expansion limit (the yaml-syntax rule reports both where they are).
 */
function plainValue(document: Document.Parsed): unknown {
  try {
    return plainData(document);
  } catch {
    return undefined;
  }
}

function duplicateKeys(node: Node, skip: (s: { start: number; end: number }) => boolean, reports: Report[] = []): Report[] {
  if (!isMap(node)) return reports;
  const items = node.items as Pair[];
  // A mapping of one entry has no duplicate; its values may still hold mappings that do.
  const seen = items.length > 1 ? new Map<string, Pair>() : undefined;
  for (const pair of items) {
    if (seen && isScalar(pair.key) && pair.key.range) {
      const key = String(pair.key.value);
      const first = seen.get(key);
      const span = first ? nodeSpan(pair.key as Node) : undefined;
      if (first && span && !skip(span)) reports.push({ message: `"${key}" appears twice in this mapping; kubectl rejects duplicate keys (and other tools keep only one).`, span, related: [{ span: nodeSpan(first.key as Node), message: 'first occurrence' }] });
      else seen.set(key, pair);
    }
    duplicateKeys(pair.value as Node, skip, reports);
  }
  return reports;
}

const TYPE_NAMES: Readonly<Record<string, string>> = { integer: 'an integer', number: 'a number', boolean: 'a boolean', string: 'a string', object: 'a mapping', array: 'a list' };

function describeType(type: unknown): string {
  return (Array.isArray(type) ? type : [type]).map((t) => TYPE_NAMES[String(t)] ?? `a ${String(t)}`).join(' or ');
}

function describe(node: Node): string {
  if (isScalar(node)) return typeof node.value === 'string' ? `the string "${node.value}"` : `the ${typeof node.value === 'boolean' ? 'boolean' : 'number'} ${String(node.value)}`;
  return isMap(node) ? 'a mapping' : 'a list';
}
