/**
 * `flinkConfiguration` in both forms, flattened the way the operator does (flink-semantics.md
 * §1.6): nested keys joined with `.`, scalars as text, lists joined with `;`, null as "null",
 * and the later spelling of a key wins. Templated parts make the affected keys unknown.
 */

import { isMap, isScalar, isSeq, Node } from 'yaml';
import { Span } from '../text/span';
import { MapView, resolve, scalarText } from '../yaml/map-view';

export interface ConfigEntry {
  readonly key: string;
  /** Flattened text value; `undefined` when a template decides it. */
  readonly value: string | undefined;
  readonly keySpan: Span;
  readonly valueSpan: Span;
  /** Written as nested YAML (`state: {checkpoints.dir: x}`) rather than one dotted key. */
  readonly nested: boolean;
  /** The value's YAML node (aliases resolved), for the change comparison's stored form (changes/stored-config.ts). */
  readonly node?: Node;
}

export interface FlinkConfig {
  readonly present: boolean;
  readonly span?: Span;
  readonly keySpan?: Span;
  readonly entries: ReadonlyMap<string, ConfigEntry>;
  /** Entries that a later spelling of the same key replaced. */
  readonly shadowed: readonly ConfigEntry[];
  /** Key prefixes under which a template may add keys ('' = anywhere). */
  readonly openPrefixes: readonly string[];
  /** Why keys under an open prefix are unknown, when not a template (a patch's base decides). */
  readonly openReason?: string;
  /** Why those keys are unknown, when a chart renderer said (e.g. "...: function toToml not supported"). */
  readonly renderReason?: string;
}

export const EMPTY_CONFIG: FlinkConfig = { present: false, entries: new Map(), shadowed: [], openPrefixes: [] };

export function readFlinkConfig(parent: MapView): FlinkConfig {
  const entry = parent.get('flinkConfiguration');
  const view = parent.map('flinkConfiguration');
  const openReason = parent.ctx.openReason;
  if (view === undefined) return { ...EMPTY_CONFIG, openPrefixes: parent.open ? [''] : [], openReason };
  if (!(view instanceof MapView)) return { ...EMPTY_CONFIG, present: entry !== undefined, span: view.span, keySpan: entry?.keySpan, openPrefixes: [''], openReason: entry ? undefined : openReason };
  const entries = new Map<string, ConfigEntry>();
  const shadowed: ConfigEntry[] = [];
  const openPrefixes: string[] = [];
  flatten(view, '', { out: entries, shadowed, open: openPrefixes, ancestors: new Set(), budget: { left: MAX_ENTRIES } });
  const reason = view.ctx.templates.find((t) => t.reason && t.start >= view.region.start && t.start <= view.region.end)?.reason;
  return { present: true, span: view.span, keySpan: entry?.keySpan, entries, shadowed, openPrefixes, openReason, ...(reason ? { renderReason: reason } : {}) };
}

/** Aliases can make a small text describe a huge tree; we stop early and call the rest unknown. */
const MAX_ENTRIES = 20000;

interface Walk {
  readonly out: Map<string, ConfigEntry>;
  readonly shadowed: ConfigEntry[];
  readonly open: string[];
  readonly ancestors: Set<Node>;
  readonly budget: { left: number };
}

/**
 * Walks in sorted key order: the API server stores custom resources as JSON with sorted keys,
 * so when two spellings flatten to one key, the later one in that order is what the operator
 * reads (a flat `a.b` beats a nested `a: {b}`).
 */
function flatten(view: MapView, prefix: string, walk: Walk): void {
  const { out, shadowed, open } = walk;
  if (view.open) open.push(prefix);
  if (view.node) walk.ancestors.add(view.node);
  const sorted = [...view.entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const e of sorted) {
    const key = prefix + e.key;
    const value = resolve(view.ctx.doc, e.value);
    if (--walk.budget.left < 0 || (isMap(value) && walk.ancestors.has(value))) {
      open.push(`${key}`);
      continue;
    }
    if (isMap(value)) {
      flatten(new MapView(view.ctx, value, e.region, view.keyColumn), `${key}.`, walk);
      continue;
    }
    const field = view.entryScalar(e);
    const text = field.kind === 'unknown' && isSeq(value) && !view.valueTemplated(e) ? joinList(view, value.items as Node[]) : field.kind === 'known' ? textOf(field.value, field.text) : undefined;
    const previous = out.get(key);
    if (previous) shadowed.push(previous);
    out.set(key, { key, value: text, keySpan: e.keySpan, valueSpan: field.span, nested: prefix !== '', node: value ?? undefined });
  }
  if (view.node) walk.ancestors.delete(view.node);
}

function textOf(value: unknown, text: string): string {
  return value === null ? 'null' : text;
}

function joinList(view: MapView, items: Node[]): string {
  return items
    .map((item) => {
      const node = resolve(view.ctx.doc, item);
      return isScalar(node) ? textOf(node.value, scalarText(view.ctx.text, node)) : '';
    })
    .join(';');
}

/** Looks a key up; `undefined` value with `unknown: true` means a template may set it. */
export function configValue(config: FlinkConfig, key: string): { value?: string; entry?: ConfigEntry; unknown: boolean } {
  const entry = config.entries.get(key);
  if (entry) return { value: entry.value, entry, unknown: entry.value === undefined };
  return { unknown: config.openPrefixes.some((p) => key.startsWith(p)) };
}
