/**
 * A YAML block as the API server stores it: JSON values, fields the CRD does not declare dropped
 * (structural pruning), nulls dropped (no field is nullable), aliases and merge keys resolved.
 * A templated value becomes Opaque with its text, so two sides compare equal only when they
 * are written the same. Every value remembers where it is written, for diagnostics.
 */

import { isMap, isScalar, isSeq, Node } from 'yaml';
import { MapView, resolve, nodeSpan } from '../yaml/map-view';
import { Span } from '../text/span';
import { deref, SchemaNode } from '../schema/schemas';
import { Json, Opaque } from './types';

export type Path = readonly (string | number)[];

export interface Located {
  readonly key?: Span;
  readonly value: Span;
}

/** Where each path (JSON of its segments) is written. */
export type Spans = Map<string, Located>;

export const pathKey = (path: Path): string => JSON.stringify(path);

export interface Schema {
  readonly root: SchemaNode;
  readonly node: SchemaNode | undefined;
}

/** Aliases can make a small text describe a huge tree; past this many values the rest is opaque. */
const MAX_VALUES = 20000;
/** A spec is a few dozen levels deep; deeper nesting is compared as text instead of recursed into. */
const MAX_DEPTH = 64;

export interface TreeWalk {
  readonly spans: Spans;
  budget: number;
}

export function newWalk(): TreeWalk {
  return { spans: new Map(), budget: MAX_VALUES };
}

/** The mapping's JSON, without the keys in `skip`; a map a template adds keys to gets an opaque member. */
export function mapJson(view: MapView, schema: Schema | undefined, path: Path, walk: TreeWalk, skip?: ReadonlySet<string>): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  if (view.open) out['{{template}}'] = new Opaque('');
  for (const entry of view.entries) {
    if (skip?.has(entry.key)) continue;
    const child = childSchema(schema, entry.key);
    if (child === null) continue;
    const at = [...path, entry.key];
    const value = entryJson(view, entry.key, child, at, walk);
    if (value === undefined) continue;
    out[entry.key] = value;
    walk.spans.set(pathKey(at), { key: entry.keySpan, value: entryValueSpan(view, entry.key) });
  }
  return out;
}

function entryValueSpan(view: MapView, key: string): Span {
  const entry = view.get(key);
  return entry?.value?.range ? nodeSpan(entry.value) : { start: entry?.keySpan.end ?? 0, end: entry?.keySpan.end ?? 0 };
}

/** One entry's value; undefined for null (pruned). */
export function entryJson(view: MapView, key: string, schema: Schema | undefined, path: Path, walk: TreeWalk): Json | undefined {
  const entry = view.get(key);
  if (!entry) return undefined;
  if (--walk.budget < 0 || path.length > MAX_DEPTH) return new Opaque(sourceText(view, entry.value));
  const node = resolve(view.ctx.doc, entry.value);
  if (isMap(node)) {
    const sub = view.map(key);
    return sub instanceof MapView ? mapJson(sub, schema, path, walk) : new Opaque(sourceText(view, entry.value));
  }
  if (isSeq(node)) {
    if (view.valueTemplated(entry)) return new Opaque(sourceText(view, entry.value));
    return seqJson(view, node.items as Node[], itemSchema(schema), path, walk);
  }
  const field = view.entryScalar(entry);
  if (field.kind === 'unknown') return new Opaque(sourceText(view, entry.value));
  return field.value === null ? undefined : field.value;
}

function seqJson(view: MapView, items: Node[], schema: Schema | undefined, path: Path, walk: TreeWalk): Json[] {
  return items.map((item, i) => {
    const node = resolve(view.ctx.doc, item);
    const at = [...path, i];
    if (node?.range) walk.spans.set(pathKey(at), { value: nodeSpan(node) });
    if (--walk.budget < 0 || at.length > MAX_DEPTH) return new Opaque(node?.range ? view.ctx.text.slice(node.range[0], node.range[1]) : '');
    if (isMap(node)) return mapJson(new MapView(view.ctx, node, nodeSpan(node), view.keyColumn), schema, at, walk);
    if (isSeq(node)) return seqJson(view, node.items as Node[], itemSchema(schema), at, walk);
    if (isScalar(node)) return typeof node.value === 'bigint' ? Number(node.value) : (node.value as Json) ?? null;
    return null;
  });
}

function sourceText(view: MapView, node: Node | null): string {
  return node?.range ? view.ctx.text.slice(node.range[0], node.range[1]) : '';
}

/** The schema of a key; `null` when the CRD does not declare it (the API server drops it). */
export function childSchema(schema: Schema | undefined, key: string): Schema | undefined | null {
  const node = schema && deref(schema.root, schema.node);
  if (!schema || !node) return undefined;
  const props = node.properties;
  const declared = props?.[key];
  if (declared) return { root: schema.root, node: deref(schema.root, declared) };
  if (typeof node.additionalProperties === 'object') return { root: schema.root, node: deref(schema.root, node.additionalProperties) };
  if (props && node.additionalProperties !== true) return null;
  return undefined;
}

function itemSchema(schema: Schema | undefined): Schema | undefined {
  const node = schema && deref(schema.root, schema.node);
  return schema && node?.items ? { root: schema.root, node: deref(schema.root, node.items) } : undefined;
}
