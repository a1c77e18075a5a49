/** The human-readable `flink-k8s changes`: one block per changed resource, then a summary line. */

import { ChangeEntry } from '../core/changes/report';
import { projectionDelta } from '../core/changes/projection-delta';
import { number } from '../core/changes/markdown';

export function renderChangesText(entries: readonly ChangeEntry[]): string {
  if (!entries.length) return 'No Flink resource changes.\n';
  const blocks = entries.map(block);
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.class, (counts.get(e.class) ?? 0) + 1);
  const summary = `${entries.length} resource${entries.length === 1 ? '' : 's'} change: ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}.`;
  return `${blocks.join('\n')}\n${summary}\n`;
}

function block(e: ChangeEntry): string {
  const name = `${e.namespace ? `${e.namespace}/` : ''}${e.name || '(no name)'}`;
  const lines = [`${e.file}:${e.line}  ${e.kind} ${name}: ${e.class}, ${e.headline}`, `  The operator ${e.action}.`, `  job state: ${e.state}`];
  for (const c of e.conditions) lines.push(`  - ${c}`);
  for (const f of e.fields) lines.push(`  ${f.path}${f.line ? ` (line ${f.line})` : ''}: ${show(f.before)} → ${show(f.after)} [${f.class}]`);
  const delta = projectionDelta(e.projection.before, e.projection.after);
  if (delta.length) lines.push(`  projection: ${delta.map(([n, a, b]) => `${n} ${number(n, a)} → ${number(n, b)}`).join(', ')}`);
  for (const f of e.findings) lines.push(`  ${f.severity}${f.line ? ` (line ${f.line})` : ''}: ${f.message}`);
  return `${lines.join('\n')}\n`;
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '(absent)';
  const text = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
