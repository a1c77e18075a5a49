/** `flink-k8s check`: every finding of every file, with 1-based positions, and the exit code. */

import { FileAnalysis, allResources } from '../core/file-set';
import { lint } from '../core/rules/run';
import { DEFAULT_RULE_OPTIONS } from '../core/rules/options';
import { otherDocuments } from '../core/rules/other-documents';
import { scalersIn } from '../core/rules/scalers';
import { Finding } from '../core/rules/types';
import { plural } from '../core/format/numbers';
import { CLI_SIZE_LIMIT } from './input-limit';

export interface PositionedFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly rule: string;
  readonly severity: Finding['severity'];
  readonly message: string;
  /** Other places that explain the finding (a chart's values entry, a patched base line). */
  readonly related?: Array<{ file: string; line: number; column: number; message: string }>;
  /** `file` is set when an edit changes another file than the finding's (a values file, a base). */
  readonly fixes: Array<{ title: string; preferred: boolean; edits: Array<{ file?: string; line: number; column: number; endLine: number; endColumn: number; newText: string }> }>;
}

export function checkSet(set: readonly FileAnalysis[], operatorVersion: string): { findings: PositionedFinding[]; ruleErrors: string[] } {
  const all = allResources(set);
  const scalers = set.map(({ file, analysis }) => ({ file, scalers: analysis.parsed ? scalersIn(analysis.text, otherDocuments(analysis.parsed, new Set(analysis.resources.map((r) => r.resource.documentIndex))), file) : [] }));
  const findings: PositionedFinding[] = [];
  const ruleErrors: string[] = [];
  for (const { file, analysis } of set) {
    const elsewhere = scalers.filter((s) => s.file !== file).flatMap((s) => s.scalers);
    const result = lint(analysis, { ...DEFAULT_RULE_OPTIONS, operatorVersion, ...CLI_SIZE_LIMIT }, { all, scalers: elsewhere });
    ruleErrors.push(...result.ruleErrors);
    const at = (offset: number) => {
      const p = analysis.lines.position(offset);
      return { line: p.line + 1, column: p.column + 1 };
    };
    for (const f of result.findings) {
      const start = at(f.span.start);
      const end = at(f.span.end);
      findings.push({
        file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
        rule: f.rule, severity: f.severity, message: f.message,
        fixes: (f.fixes ?? []).map((x) => ({ title: x.title, preferred: !!x.preferred, edits: x.edits.map((e) => ({ ...rename(at(e.span.start), at(e.span.end)), newText: e.newText })) })),
      });
    }
  }
  return { findings, ruleErrors };
}

function rename(start: { line: number; column: number }, end: { line: number; column: number }) {
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

export function exitCode(findings: readonly PositionedFinding[], maxWarnings: number | undefined): number {
  if (findings.some((f) => f.severity === 'error')) return 1;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}

export function renderCheckText(findings: readonly PositionedFinding[]): string {
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`);
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  lines.push(`${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'info')}`);
  return `${lines.join('\n')}\n`;
}

