/** The human-readable `flink-k8s changes`: one block per changed resource, then a summary line. */

import { ChangeEntry, classCounts } from '../core/changes/report';
import { projectionDelta } from '../core/changes/projection-delta';
import { plural } from '../core/format/numbers';
import { qualifiedName } from '../core/format/names';

export function renderChangesText(entries: readonly ChangeEntry[]): string {
  if (!entries.length) return 'No Flink resource changes.\n';
  return `${entries.map(block).join('\n')}\n${plural(entries.length, 'resource')} change: ${classCounts(entries)}.\n`;
}

function block(e: ChangeEntry): string {
  const lines = [`${e.file}:${e.line}  ${e.kind} ${qualifiedName(e)}: ${e.class}, ${e.headline}`, `  The operator ${e.action}.`, `  job state: ${e.state}`];
  for (const c of e.conditions) lines.push(`  - ${c}`);
  for (const f of e.fields) lines.push(`  ${f.path}${f.line ? ` (line ${f.line})` : ''}: ${show(f.before)} → ${show(f.after)} [${f.class}]`);
  const delta = projectionDelta(e.projection.before, e.projection.after);
  if (delta.length) lines.push(`  projection: ${delta.map(([n, a, b]) => `${n} ${a} → ${b}`).join(', ')}`);
  for (const f of e.findings) lines.push(`  ${f.severity}${f.line ? ` (line ${f.line})` : ''}: ${f.message}`);
  return `${lines.join('\n')}\n`;
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '(absent)';
  const text = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
