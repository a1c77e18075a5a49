/** Core data (offsets, severities, fixes) to LSP types. The only place that does this. */

import { Diagnostic, DiagnosticSeverity, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Span } from './core/text/span';
import { Finding, Fix, Severity } from './core/rules/types';
import { TextEdit as CoreEdit } from './core/edits/text-edit';

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(Math.max(span.start, span.end)) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };

/** Other files a finding points into (a chart's values file, an overlay's base), by URI. */
export type OtherDocuments = (uri: string) => TextDocument | undefined;

export function toDiagnostic(doc: TextDocument, f: Finding, others?: OtherDocuments): Diagnostic {
  return {
    range: toRange(doc, f.span),
    severity: SEVERITY[f.severity],
    code: f.rule,
    source: 'flink-k8s',
    message: f.message,
    relatedInformation: f.related?.flatMap((r) => {
      const target = r.file ? others?.(r.file) : doc;
      return target ? [{ location: { uri: target.uri, range: toRange(target, r.span) }, message: r.message }] : [];
    }),
  };
}

export function toTextEdits(doc: TextDocument, edits: readonly CoreEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: toRange(doc, e.span), newText: e.newText }));
}

export function toWorkspaceEdit(doc: TextDocument, fix: Fix | readonly CoreEdit[], others?: OtherDocuments): WorkspaceEdit {
  const edits = 'edits' in fix ? fix.edits : fix;
  const changes: Record<string, TextEdit[]> = {};
  for (const e of edits) {
    const target = e.file ? others?.(e.file) : doc;
    if (!target) return { changes: {} };
    (changes[target.uri] ??= []).push(...toTextEdits(target, [e]));
  }
  return { changes };
}

export function toOffsetSpan(doc: TextDocument, range: Range): Span {
  return { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
}
