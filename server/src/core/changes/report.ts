/**
 * The changes as plain data for the CLI's JSON and Markdown: 1-based lines instead of offsets,
 * values as the API server would store them (a template as its text).
 */

import { ChangeOutline, Json, Opaque, ResourceChange } from './types';

export interface ChangeEntry extends ChangeOutline {
  readonly file: string;
  readonly line: number;
  readonly fields: ReadonlyArray<{ readonly path: string; readonly class: string; readonly before: unknown; readonly after: unknown; readonly line: number | null; readonly effect: string; readonly severity: string }>;
  readonly findings: ReadonlyArray<{ readonly severity: string; readonly message: string; readonly line: number | null }>;
}

/** `lineOf(file, offset)` gives the 1-based line; the current file when the resource still exists, else the base file. */
export function changeEntries(changes: readonly ResourceChange[], lineOf: (file: string, offset: number, base: boolean) => number): ChangeEntry[] {
  return changes.map((c) => {
    const base = !c.span;
    const file = (base ? c.baseFile : c.file) ?? '';
    const at = (span: { start: number } | undefined, inBase = base) => (span ? lineOf(inBase ? c.baseFile ?? '' : file, span.start, inBase) : null);
    return {
      file,
      line: at(base ? c.baseSpan : c.span) ?? 1,
      kind: c.kind, namespace: c.namespace, name: c.name,
      class: c.class, headline: c.headline, action: c.action,
      fields: c.fields.map((f) => ({ path: f.path, class: f.type, before: plain(f.before), after: plain(f.after), line: at(f.span), effect: f.effect, severity: f.severity })),
      conditions: c.conditions, state: c.state, losesState: c.losesState,
      findings: c.findings.map((f) => ({ severity: f.severity, message: f.message, line: at(f.span) })),
      projection: c.projection,
    };
  });
}

/** How many resources change per class, in the order first met: "1 upgrade, 2 scale". */
export function classCounts(entries: readonly ChangeEntry[]): string {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.class, (counts.get(e.class) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}

/** JSON as stored: absent is null, a templated value its source text. */
export function plain(v: Json | undefined): unknown {
  if (v === undefined) return null;
  if (v instanceof Opaque) return v.text;
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}
