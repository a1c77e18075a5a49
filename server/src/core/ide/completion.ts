/**
 * Completion: CR fields from the CRD schema (with snippets for whole blocks), enum and boolean
 * values, and flinkConfiguration keys from the option catalog with type and default.
 */

import { Analysis } from '../analysis';
import { allOptions, findOption } from '../catalog/catalog';
import { deref, SchemaNode, schemaAt, schemaFor } from '../schema/schemas';
import { completionContext, CompletionContext } from './completion-context';
import { fieldDoc } from './field-docs';
import { BLOCK_SNIPPETS, RESOURCE_SNIPPETS } from './snippets';
import { isKnown } from '../yaml/fields';

export interface CompletionEntry {
  readonly label: string;
  readonly kind: 'field' | 'value' | 'option' | 'snippet';
  readonly detail?: string;
  readonly documentation?: string;
  /**
   * The flinkConfiguration option the item names. Its documentation (optionDocumentation) is
   * built when the client resolves the item: for the whole list it would be hundreds of KB.
   */
  readonly option?: { readonly key: string; readonly flinkVersion?: string };
  /** Snippet syntax (`${1:default}`) when `snippet` is true, plain text otherwise. */
  readonly insertText: string;
  readonly snippet?: boolean;
  /** Offsets of the text the completion replaces. */
  readonly replaceStart: number;
  readonly replaceEnd: number;
}

export function completeAt(text: string, analysis: Analysis, offset: number): CompletionEntry[] {
  const ctx = completionContext(text, offset);
  if (!ctx) return [];
  const resource = resourceAt(text, analysis, offset);
  if (!resource) return ctx.path.length === 0 && ctx.on === 'key' && documentIsEmpty(text, offset) ? RESOURCE_SNIPPETS.map((s) => ({ ...s, replaceStart: ctx.prefixStart, replaceEnd: offset })) : [];
  const flinkVersion = resource.spec?.flinkVersion;
  const entries = entriesFor(ctx, resource.kind, isKnown(flinkVersion) ? String(flinkVersion.value) : undefined);
  return entries.map((e) => ({ ...e, replaceStart: ctx.prefixStart, replaceEnd: offset }));
}

type Entry = Omit<CompletionEntry, 'replaceStart' | 'replaceEnd'>;

function entriesFor(ctx: CompletionContext, kind: string, flinkVersion: string | undefined): Entry[] {
  const configAt = ctx.path.indexOf('flinkConfiguration');
  if (configAt >= 0) {
    const prefix = ctx.path.slice(configAt + 1).join('.');
    return ctx.on === 'key' ? optionKeys(prefix, ctx.siblings, flinkVersion) : optionValues(prefix ? `${prefix}.${ctx.key ?? ''}` : ctx.key ?? '');
  }
  const schema = schemaFor(kind);
  if (!schema) return [];
  if (ctx.on === 'value') return schemaValues(schemaAt(schema, [...ctx.path, ctx.key ?? '']));
  const parent = schemaAt(schema, ctx.path);
  return Object.entries(parent?.properties ?? {})
    .filter(([name]) => !ctx.siblings.has(name))
    .map(([name, node]) => field(name, deref(schema, node) ?? node, [...ctx.path, name]));
}

function field(name: string, node: SchemaNode, path: ReadonlyArray<string | number>): Entry {
  const block = BLOCK_SNIPPETS[name];
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  const insertText = block ?? (type === 'object' ? `${name}:\n  $0` : type === 'array' ? `${name}:\n  - $0` : node.enum ? `${name}: \${1|${node.enum.map(String).join(',')}|}` : `${name}: $0`);
  return { label: name, kind: 'field', detail: node.enum ? node.enum.map(String).join(' | ') : type, documentation: fieldDoc(path), insertText, snippet: true };
}

function schemaValues(node: SchemaNode | undefined): Entry[] {
  if (!node) return [];
  const values = node.enum?.map(String) ?? (node.type === 'boolean' ? ['true', 'false'] : []);
  return values.map((v) => ({ label: v, kind: 'value', insertText: v }));
}

function optionKeys(prefix: string, siblings: ReadonlySet<string>, flinkVersion: string | undefined): Entry[] {
  const start = prefix ? `${prefix}.` : '';
  return allOptions()
    .filter((o) => !o.keyPattern && o.key.startsWith(start) && !siblings.has(o.key.slice(start.length)) && !o.removedIn)
    .map((o) => ({
      label: o.key.slice(start.length),
      kind: 'option' as const,
      detail: `${o.type} · default ${o.default ?? 'none'}${o.deprecated ? ' · deprecated' : ''}`,
      option: { key: o.key, flinkVersion },
      insertText: `${o.key.slice(start.length)}: `,
    }));
}

function optionValues(key: string): Entry[] {
  const option = findOption(key)?.option;
  if (!option) return [];
  const values = option.enumValues ?? option.suggestedValues ?? (option.type === 'Boolean' ? ['true', 'false'] : []);
  return values.map((v) => ({ label: v, kind: 'value', insertText: option.type === 'Boolean' ? `"${v}"` : v }));
}

/** The resource whose document holds the offset (trailing blank lines included). */
function resourceAt(text: string, analysis: Analysis, offset: number) {
  const before = analysis.resources.filter((r) => r.resource.span.start <= offset).pop()?.resource;
  if (!before) return undefined;
  return /\n---/.test(text.slice(before.span.end, offset)) ? undefined : before;
}

function documentIsEmpty(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n---', offset);
  const end = text.indexOf('\n---', offset);
  const doc = text.slice(start < 0 ? 0 : start + 4, end < 0 ? text.length : end);
  return doc.split('\n').every((l) => /^\s*(#.*)?$/.test(l) || /^\s*[\w-]*$/.test(l));
}
