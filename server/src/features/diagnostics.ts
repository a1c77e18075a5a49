/**
 * Diagnostics, pulled by clients that support it (VS Code) and pushed after each change to the
 * others (Neovim 0.7). Documents without Flink resources get an empty list.
 */

import { Connection, DocumentDiagnosticReportKind } from 'vscode-languageserver';
import { Session } from '../session';
import { toDiagnostic } from '../convert';
import { guard } from './guard';
import { changeDiagnostics } from './changes';
import { DocumentState } from '../session';

export function registerDiagnostics(connection: Connection, session: Session, pull: () => boolean): () => void {
  connection.languages.diagnostics.on(guard(connection, 'textDocument/diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] }, async (params, token) => {
    if (token.isCancellationRequested) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const state = await session.state(params.textDocument.uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: state ? diagnostics(state) : [] };
  }));
  const push = guard(connection, 'textDocument/publishDiagnostics', undefined, async (uri: string) => {
    const state = await session.state(uri);
    if (state && state.version === session.documents.get(uri)?.version) {
      await connection.sendDiagnostics({ uri, version: state.version, diagnostics: diagnostics(state) });
    }
  });
  session.documents.onDidChangeContent((e) => (pull() ? undefined : void push(e.document.uri)));
  session.documents.onDidClose((e) => {
    if (!pull()) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  /** Re-publish everything (settings or other files changed). */
  return () => {
    if (pull()) void connection.languages.diagnostics.refresh();
    else for (const d of session.documents.all()) void push(d.uri);
  };
}

/** The rules' findings, then what the text changes against its base. */
function diagnostics(state: DocumentState) {
  return [...state.findings.map((f) => toDiagnostic(state.document, f, state.set?.others)), ...changeDiagnostics(state)];
}
