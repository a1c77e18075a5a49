/**
 * Code actions: the rules' quick fixes (preferred marked), "fix all" per rule, a suppression
 * comment, and refactorings. Everything comes from the cached analysis; nothing is re-derived
 * from diagnostic messages.
 */

import { CodeAction, CodeActionKind, CodeActionParams, Connection } from 'vscode-languageserver';
import { Session, DocumentState } from '../session';
import { toDiagnostic, toOffsetSpan, toWorkspaceEdit } from '../convert';
import { overlaps } from '../core/text/span';
import { Finding } from '../core/rules/types';
import { refactoringsAt } from '../core/ide/refactors';
import { chunkAt } from '../core/incremental/analyzer';
import { shiftSpan } from '../core/incremental/shift';
import { fixAll, suppression } from './fix-all';
import { restartNote } from '../core/changes/edit-impact';
import { TextEdit } from '../core/edits/text-edit';
import { guard } from './guard';

export function registerCodeActions(connection: Connection, session: Session): void {
  connection.onCodeAction(guard(connection, 'textDocument/codeAction', [] as CodeAction[], async (params: CodeActionParams) => {
    const state = await session.state(params.textDocument.uri);
    if (!state) return [];
    const span = toOffsetSpan(state.document, params.range);
    const here = state.findings.filter((f) => overlaps({ start: f.span.start, end: Math.max(f.span.end, f.span.start + 1) }, { start: span.start, end: Math.max(span.end, span.start + 1) }));
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) actions.push(...here.flatMap((f) => quickFixes(state, f)), ...fixAllActions(state, here), ...here.map((f) => suppression(state, f)));
    if (wants(CodeActionKind.RefactorRewrite)) actions.push(...refactorings(state, span.start));
    return actions;
  }));
}

function quickFixes(state: DocumentState, f: Finding): CodeAction[] {
  return (f.fixes ?? []).map((fix) => ({
    title: titled(state, fix.title, fix.edits),
    kind: CodeActionKind.QuickFix,
    diagnostics: [toDiagnostic(state.document, f, state.set?.others)],
    isPreferred: !!fix.preferred,
    edit: toWorkspaceEdit(state.document, fix, state.set?.others),
  }));
}

function fixAllActions(state: DocumentState, here: readonly Finding[]): CodeAction[] {
  const rules = [...new Set(here.filter((f) => f.fixes?.some((x) => x.preferred)).map((f) => f.rule))];
  return rules.flatMap((rule) => {
    const edits = fixAll(state.findings.filter((f) => f.rule === rule));
    return edits.count > 1 ? [{ title: titled(state, `Fix all ${rule} problems in this file (${edits.count})`, edits.edits), kind: CodeActionKind.QuickFix, edit: toWorkspaceEdit(state.document, edits.edits, state.set?.others) }] : [];
  });
}

function refactorings(state: DocumentState, offset: number): CodeAction[] {
  const chunk = chunkAt(state.file, offset);
  const at = offset - (chunk?.start ?? 0);
  const ra = chunk?.analysis.resources.find((r) => at >= r.resource.span.start && at <= r.resource.span.end);
  if (!chunk || !ra) return [];
  const options = { operatorVersion: state.settings.operatorVersion, operatorDefaults: state.settings.operatorDefaults };
  return refactoringsAt({ text: chunk.analysis.text, analysis: chunk.analysis, resource: ra.resource, projection: ra.projection, offset: at, options }).map((r) => ({
    title: titled(state, r.title, r.edits.map((e) => ({ ...e, span: shiftSpan(e.span, chunk.start) }))),
    kind: CodeActionKind.RefactorRewrite,
    edit: toWorkspaceEdit(state.document, r.edits.map((e) => ({ ...e, span: shiftSpan(e.span, chunk.start) }))),
  }));
}

/**
 * A fix or refactoring whose edit would restart a running job says so (the edit compared like
 * any change). Edits inside one YAML document are judged on that document alone. Not in a chart
 * or overlay: the file edited there is not the resource that is applied.
 */
function titled(state: DocumentState, title: string, edits: readonly TextEdit[]): string {
  if (state.set) return title;
  try {
    return withNote(state, title, edits);
  } catch {
    return title; // the note is extra; the fix itself must still be offered
  }
}

/** Notes per document state: VS Code asks for code actions at every cursor move, and the note of an edit spanning documents analyses the whole text. */
const NOTES = new WeakMap<DocumentState, Map<string, string>>();

function withNote(state: DocumentState, title: string, edits: readonly TextEdit[]): string {
  const notes = NOTES.get(state) ?? new Map<string, string>();
  NOTES.set(state, notes);
  const key = JSON.stringify([title, edits]);
  const known = notes.get(key);
  if (known !== undefined) return known;
  const titled = noted(state, title, edits);
  notes.set(key, titled);
  return titled;
}

function noted(state: DocumentState, title: string, edits: readonly TextEdit[]): string {
  const options = { operatorVersion: state.settings.operatorVersion, operatorDefaults: state.settings.operatorDefaults };
  const first = edits[0];
  const chunk = first && chunkAt(state.file, first.span.start);
  const end = chunk ? chunk.start + chunk.analysis.text.length : 0;
  const inside = !!chunk && edits.every((e) => e.span.start >= chunk.start && e.span.end <= end);
  const note = chunk && inside
    ? restartNote(chunk.analysis.text, edits.map((e) => ({ ...e, span: shiftSpan(e.span, -chunk.start) })), options, chunk.analysis.resources.map(({ resource, projection }) => ({ resource, projection, offset: 0, text: chunk.analysis.text })))
    : restartNote(state.file.text, edits, options, state.file.chunks.flatMap((c) => c.analysis.resources.map(({ resource, projection }) => ({ resource, projection, offset: c.start, text: c.analysis.text }))));
  return note ? `${title} (${note})` : title;
}
