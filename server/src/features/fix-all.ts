/** Fix-all (the preferred fix of every finding of a rule, skipping overlapping edits) and suppression comments. */

import { CodeAction, CodeActionKind } from 'vscode-languageserver';
import { DocumentState } from '../session';
import { toDiagnostic } from '../convert';
import { Finding } from '../core/rules/types';
import { TextEdit } from '../core/edits/text-edit';
import { lineStartOf } from '../core/edits/text-edit';

export function fixAll(findings: readonly Finding[]): { edits: TextEdit[]; count: number } {
  const edits: TextEdit[] = [];
  let count = 0;
  for (const f of findings) {
    const fix = f.fixes?.find((x) => x.preferred);
    if (!fix) continue;
    const clash = fix.edits.some((e) => edits.some((o) => e.span.start < o.span.end + 1 && o.span.start < e.span.end + 1));
    if (clash) continue;
    edits.push(...fix.edits);
    count++;
  }
  return { edits, count };
}

export function suppression(state: DocumentState, f: Finding): CodeAction {
  const text = state.file.text;
  const start = lineStartOf(text, f.span.start);
  const indent = /^[ \t]*/.exec(text.slice(start))?.[0] ?? '';
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  return {
    title: `Ignore ${f.rule} on this line (add a flink-k8s-disable-next-line comment)`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toDiagnostic(state.document, f)],
    edit: { changes: { [state.document.uri]: [{ range: { start: state.document.positionAt(start), end: state.document.positionAt(start) }, newText: `${indent}# flink-k8s-disable-next-line ${f.rule}${newline}` }] } },
  };
}
