/**
 * Read access to a YAML mapping with source spans: aliases and `<<` merge keys resolved, and
 * template awareness. A map is "open" when a template emits YAML at its key column, so a key
 * missing from it may still exist after rendering: such keys read as unknown, not absent.
 */

import { Document, isAlias, isMap, isScalar, isSeq, Node, Pair, Scalar as YScalar, YAMLMap } from 'yaml';
import { Span } from '../text/span';
import { columnAt, LineIndex } from '../text/line-index';
import { insideConditional, renderReason, templateReason, TemplateSpan, touchesTemplate } from './templates';
import { Field, known, Scalar, unknown } from './fields';

export interface ViewContext {
  readonly doc: Document.Parsed;
  readonly text: string;
  readonly lines: LineIndex;
  readonly templates: readonly TemplateSpan[];
  readonly conditionals: readonly Span[];
  /**
   * Set for a document that is a patch of another (kustomize): every map is open, and a key it
   * does not set reads as unknown for this reason, since the base it is merged into decides it.
   */
  readonly openReason?: string;
}

export interface Entry {
  readonly key: string;
  readonly keySpan: Span;
  readonly value: Node | null;
  /** From the key to the next key of the same map (or the end of the map's region). */
  readonly region: Span;
}

const CONDITIONAL_REASON = 'inside a template condition, so it may be absent';
const MAX_ALIAS_DEPTH = 20;

export class MapView {
  readonly entries: readonly Entry[];
  readonly open: boolean;
  readonly keyColumn: number;

  constructor(readonly ctx: ViewContext, readonly node: YAMLMap | null, readonly region: Span, parentColumn: number) {
    this.entries = node ? collectEntries(ctx, node, region, new Set()) : [];
    const first = this.entries[0];
    this.keyColumn = first ? columnAt(ctx.text, first.keySpan.start) : parentColumn + 1;
    this.open = ctx.openReason !== undefined || ctx.templates.some(
      (t) => t.emits && t.start >= region.start && t.start < region.end && t.column > parentColumn && t.column <= this.keyColumn,
    );
  }

  get span(): Span {
    return this.node?.range ? { start: this.node.range[0], end: this.node.range[1] } : this.region;
  }

  get(key: string): Entry | undefined {
    return this.entries.find((e) => e.key === key);
  }

  /** Why a key this open map does not hold is unknown: a chart renderer's reason, a patch's, or a template's. */
  private missingReason(): string {
    return renderReason(this.ctx.templates, this.span) ?? this.ctx.openReason ?? templateReason(this.ctx.templates, this.span);
  }

  /** A nested map; `undefined` when absent, an Unknown when templated or not a map. */
  map(key: string): MapView | Field<never> | undefined {
    // Views are immutable: the model and many rules ask for the same ones, which are built once.
    const known = (this.maps ??= new Map());
    if (!known.has(key)) known.set(key, this.readMap(key));
    return known.get(key);
  }

  private maps: Map<string, MapView | Field<never> | undefined> | undefined;

  private readMap(key: string): MapView | Field<never> | undefined {
    const entry = this.get(key);
    if (!entry) return this.open ? unknown(this.missingReason(), this.span) : undefined;
    if (this.conditional(entry)) return unknown(CONDITIONAL_REASON, valueSpan(entry), entry.keySpan);
    const value = resolve(this.ctx.doc, entry.value);
    if (isMap(value)) return new MapView(this.ctx, value, entry.region, this.keyColumn);
    if (this.valueTemplated(entry)) return unknown(templateReason(this.ctx.templates, entry.region), valueSpan(entry), entry.keySpan);
    if (value === null || (isScalar(value) && value.value === null)) return new MapView(this.ctx, null, entry.region, this.keyColumn);
    return unknown(`"${key}" should be a mapping`, valueSpan(entry), entry.keySpan);
  }

  scalar(key: string): Field<Scalar> | undefined {
    const known = (this.scalars ??= new Map());
    if (!known.has(key)) known.set(key, this.readScalar(key));
    return known.get(key);
  }

  private scalars: Map<string, Field<Scalar> | undefined> | undefined;

  private readScalar(key: string): Field<Scalar> | undefined {
    const entry = this.get(key);
    if (!entry) return this.open ? unknown(this.missingReason(), this.span) : undefined;
    return this.entryScalar(entry);
  }

  entryScalar(entry: Entry): Field<Scalar> {
    const value = resolve(this.ctx.doc, entry.value);
    const span = valueSpan(entry);
    if (this.valueTemplated(entry)) return unknown(templateReason(this.ctx.templates, entry.region), span, entry.keySpan);
    if (this.conditional(entry)) return unknown(CONDITIONAL_REASON, span, entry.keySpan);
    if (value === null) return known(null, '', span, entry.keySpan);
    if (!isScalar(value)) return unknown(`"${entry.key}" should be a single value`, span, entry.keySpan);
    return known(scalarValue(value), scalarText(this.ctx.text, value), span, entry.keySpan);
  }

  /** Items of a sequence value; unknown when templated. */
  seq(key: string): Field<readonly Node[]> | undefined {
    const entry = this.get(key);
    if (!entry) return this.open ? unknown(this.missingReason(), this.span) : undefined;
    const value = resolve(this.ctx.doc, entry.value);
    const span = valueSpan(entry);
    if (this.valueTemplated(entry)) return unknown(templateReason(this.ctx.templates, entry.region), span, entry.keySpan);
    if (isSeq(value)) return known(value.items as Node[], '', span, entry.keySpan);
    if (value === null || (isScalar(value) && value.value === null)) return known([], '', span, entry.keySpan);
    return unknown(`"${key}" should be a list`, span, entry.keySpan);
  }

  /** The entry sits inside a `{{ if }}`-style block. */
  conditional(entry: Entry): boolean {
    return this.ctx.conditionals.length > 0 && insideConditional(this.ctx.conditionals, entry.keySpan.start);
  }

  /** The value itself contains a template, or a template emits YAML below this key. */
  valueTemplated(entry: Entry): boolean {
    if (entry.value && entry.value.range && touchesTemplate(this.ctx.templates, nodeSpan(entry.value))) {
      if (!isMap(entry.value) && !isSeq(entry.value)) return true;
    }
    const isEmpty = entry.value === null || (isScalar(entry.value) && entry.value.value === null);
    return isEmpty && this.ctx.templates.some((t) => t.emits && t.start > entry.keySpan.end && t.start < entry.region.end && t.column > this.keyColumn);
  }
}

/** `merged` holds the maps already merged in, so `<<` cycles and repeats cost nothing. */
function collectEntries(ctx: ViewContext, node: YAMLMap, region: Span, merged: Set<Node>): Entry[] {
  merged.add(node);
  const own: Entry[] = [];
  const inherited: Entry[] = [];
  const items = node.items as Pair[];
  for (let i = 0; i < items.length; i++) {
    const pair = items[i] as Pair;
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const next = items[i + 1];
    const end = next && isScalar(next.key) && next.key.range ? next.key.range[0] : Math.max(region.end, node.range?.[2] ?? 0);
    const keySpan = { start: pair.key.range[0], end: pair.key.range[1] };
    // `{{ $key }}: {{ $value }}` (a range over values) names no key we can know; the template
    // that writes it already makes this map open, so its keys read as unknown, not absent.
    if (ctx.templates.length > 0 && touchesTemplate(ctx.templates, keySpan)) continue;
    const entry: Entry = { key: String(pair.key.value), keySpan, value: (pair.value as Node | null) ?? null, region: { start: keySpan.start, end } };
    if (entry.key === '<<') inherited.push(...mergeSources(ctx, entry, merged));
    else own.push(entry);
  }
  // Without a merge key (`<<`) there is nothing inherited to weigh against the map's own keys.
  if (inherited.length === 0) return own;
  const seen = new Set(own.map((e) => e.key));
  return own.concat(inherited.filter((e) => !seen.has(e.key) && seen.add(e.key)));
}

function mergeSources(ctx: ViewContext, entry: Entry, merged: Set<Node>): Entry[] {
  const value = resolve(ctx.doc, entry.value);
  const sources = isSeq(value) ? (value.items as Node[]).map((n) => resolve(ctx.doc, n)) : [value];
  return sources.flatMap((s) => (isMap(s) && !merged.has(s) ? collectEntries(ctx, s, entry.region, merged) : []));
}

export function resolve(doc: Document.Parsed, node: Node | null): Node | null {
  let current = node;
  for (let i = 0; i < MAX_ALIAS_DEPTH && isAlias(current); i++) current = (current.resolve(doc) as Node | undefined) ?? null;
  return isAlias(current) ? null : current;
}

export function nodeSpan(node: Node): Span {
  return node.range ? { start: node.range[0], end: node.range[1] } : { start: 0, end: 0 };
}

function valueSpan(entry: Entry): Span {
  return entry.value?.range ? nodeSpan(entry.value) : { start: entry.keySpan.end, end: entry.keySpan.end };
}

export function scalarValue(node: YScalar): Scalar {
  const v = node.value;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) return v;
  if (typeof v === 'bigint') return Number(v);
  return String(v);
}

/** Plain scalars keep their exact source text; quoted ones their string value. */
export function scalarText(text: string, node: YScalar): string {
  if (node.type === 'PLAIN' && node.range) return text.slice(node.range[0], node.range[1]);
  return node.value === null ? '' : String(node.value);
}
