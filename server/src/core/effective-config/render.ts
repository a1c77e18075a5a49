/**
 * The effective configuration as text: YAML a user can read next to their resource (each key with
 * a comment saying where its value came from and what it replaced), or JSON for tools.
 */

import { LineIndex } from '../text/line-index';
import { ConfigValue, EffectiveConfiguration, EffectiveKey, Origin } from './types';
import { qualifiedName } from '../format/names';

export interface Located {
  readonly file: string;
  /** 1-based line of the resource. */
  readonly line: number;
  /** Lines of the whole text, and where the resource's own text starts in it (spans are relative). */
  readonly lines: LineIndex;
  readonly offset: number;
  readonly operatorVersion: string;
  readonly flinkVersion: string | null;
  readonly config: EffectiveConfiguration;
}

export function renderYaml(resources: readonly Located[]): string {
  if (resources.length === 0) return '# No Flink resources found.\n';
  return resources.map(document).join('---\n');
}

function document(r: Located): string {
  const c = r.config;
  const who = `${c.kind} ${qualifiedName(c)}`;
  // Each reason a value is unknown is said once, in the head; the keys refer to it by number.
  const reasons = [...new Set(c.keys.filter((k) => k.value === null).map((k) => unknownReason(k).why))];
  const head = [
    `# Effective flinkConfiguration of ${who} (${r.file}:${r.line}), operator ${r.operatorVersion}, Flink ${r.flinkVersion ?? 'version unknown'}.`,
    '# What the operator hands to Flink: Flink defaults that matter, the operator\'s defaults, flinkConfiguration,',
    '# then the keys the operator writes from the spec, which replace what flinkConfiguration says.',
    ...c.notes.map((n) => `# Note: ${n}`),
    ...(reasons.length ? ['# Values shown as null are unknown:', ...reasons.map((why, i) => `#   [${i + 1}] ${why}`)] : []),
  ];
  return `${[...head, ...c.keys.map((k) => line(k, r, reasons))].join('\n')}\n`;
}

/** `spec.x.y: set by a template expression` → the field and the reason, so the reason can be shared. */
function unknownReason(k: EffectiveKey): { field?: string; why: string } {
  const text = k.unknown ?? 'not known';
  const m = /^([\w$-]+(?:\.[\w$-]+)+): (.+)$/.exec(text);
  return m ? { field: m[1], why: m[2] as string } : { why: text };
}

function line(k: EffectiveKey, r: Located, reasons: readonly string[]): string {
  const value = k.value === null ? 'null' : JSON.stringify(k.value);
  const parts = [k.value === null ? unknownLine(k, r, reasons) : origin(k.origin, r)];
  if (k.overwrote.length > 0) parts.push(`replaces ${k.overwrote.map((v) => described(v, r)).join(', ')}`);
  if (k.ignored) parts.push(`the operator's own ${k.ignored.value === null ? 'value' : JSON.stringify(k.ignored.value)} (${k.ignored.origin.text}) does not apply`);
  return `${JSON.stringify(k.key)}: ${value}  # ${parts.join('; ')}`;
}

function unknownLine(k: EffectiveKey, r: Located, reasons: readonly string[]): string {
  const { field, why } = unknownReason(k);
  // The operator's own note on a key is sometimes the reason itself: then only its field is left.
  const from = k.origin.text === k.unknown ? { ...k.origin, text: field ?? '' } : k.origin;
  const named = field && !from.text.includes(field) ? ` (${field})` : '';
  return `unknown [${reasons.indexOf(why) + 1}]${named}, ${origin(from, r)}`;
}

function described(v: ConfigValue, r: Located): string {
  return `${v.value === null ? 'an unknown value' : JSON.stringify(v.value)} from ${origin(v.origin, r)}`;
}

function lineOf(r: Located, o: Origin): number | null {
  return o.span ? r.lines.position(o.span.start + r.offset).line + 1 : null;
}

function origin(o: Origin, r: Located): string {
  const line = lineOf(r, o);
  const at = line === null ? '' : ` (line ${line})`;
  switch (o.kind) {
    case 'operator':
      return `set by the operator${o.text ? `: ${o.text}` : ''}${at}`;
    case 'flink-default':
      return 'Flink default';
    default:
      return `${o.text}${at}`;
  }
}

/** JSON: positions as 1-based lines, no spans. */
export function renderJson(resources: readonly Located[]): string {
  const plain = (v: ConfigValue, r: Located) => ({ value: v.value, unknown: v.unknown ?? null, source: v.origin.kind, from: v.origin.text, line: lineOf(r, v.origin) });
  const out = resources.map((r) => ({
    file: r.file,
    line: r.line,
    kind: r.config.kind,
    name: r.config.name,
    namespace: r.config.namespace,
    operatorVersion: r.operatorVersion,
    flinkVersion: r.flinkVersion,
    notes: r.config.notes,
    keys: r.config.keys.map((k) => ({ key: k.key, ...plain(k, r), overwrote: k.overwrote.map((v) => plain(v, r)), ignored: k.ignored ? plain(k.ignored, r) : null })),
  }));
  return `${JSON.stringify({ resources: out }, null, 2)}\n`;
}
