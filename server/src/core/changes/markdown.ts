/**
 * The changes as Markdown for a pull-request comment: a summary table, then one section per
 * resource with its fields, conditions, projection delta and findings. Every string from the
 * YAML is escaped like the resource report (report/escape.ts).
 */

import { markdownText as cell } from '../report/escape';
import { plural } from '../format/numbers';
import { qualifiedName } from '../format/names';
import { ChangeEntry, classCounts } from './report';
import { projectionDelta } from './projection-delta';

export function changesMarkdown(entries: readonly ChangeEntry[], title = 'Flink change impact'): string {
  const lines = [`## ${cell(title)}`, ''];
  if (!entries.length) return `${[...lines, 'No Flink resource changes.'].join('\n')}\n`;
  lines.push(summary(entries), '', '| resource | kind | class | what the operator does | job state |', '|---|---|---|---|---|');
  for (const e of entries) lines.push(`| ${cell(qualifiedName(e))} | ${cell(e.kind)} | ${cell(e.class)} | ${cell(e.headline)} | ${cell(e.state)} |`);
  for (const e of entries) lines.push('', ...section(e));
  return `${lines.join('\n')}\n`;
}

function summary(entries: readonly ChangeEntry[]): string {
  const lost = entries.filter((e) => e.losesState).length;
  return `${plural(entries.length, 'resource')} change (${classCounts(entries)})${lost ? `; **${lost} lose${lost === 1 ? 's' : ''} the job's state**` : ''}.`;
}

function section(e: ChangeEntry): string[] {
  const out = [`### ${cell(qualifiedName(e))}: ${cell(e.headline)}`, '', `${cell(e.kind)} in ${cell(e.file)} line ${e.line}. The operator ${cell(e.action)}.`];
  if (e.conditions.length) out.push('', ...e.conditions.map((c) => `- ${cell(c)}`));
  if (e.fields.length) {
    out.push('', '| field | class | before | after |', '|---|---|---|---|');
    for (const f of e.fields) out.push(`| ${cell(f.path)} | ${cell(f.class)} | ${value(f.before)} | ${value(f.after)} |`);
  }
  const delta = projectionDelta(e.projection.before, e.projection.after);
  if (delta.length) {
    out.push('', '| projection | before | after |', '|---|---:|---:|');
    for (const [name, before, after] of delta) out.push(`| ${name} | ${before} | ${after} |`);
  }
  for (const f of e.findings) out.push('', `> **${f.severity}**${f.line ? ` (line ${f.line})` : ''}: ${cell(f.message)}`);
  return out;
}

function value(v: unknown): string {
  if (v === null || v === undefined) return '*(absent)*';
  const text = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return cell(text.length > 80 ? `${text.slice(0, 77)}...` : text) || '""';
}
