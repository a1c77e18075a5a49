/** Inlay hints from the core (the kinds the user's settings allow, fitted per line) in the requested range. */

import { Connection, InlayHint } from 'vscode-languageserver';
import { Session } from '../session';
import { inlayHints } from '../core/ide/inlay-hints';
import { guard } from './guard';
import { syntaxErrorAt } from '../last-valid';

export function registerInlayHints(connection: Connection, session: Session): void {
  connection.languages.inlayHint.on(guard(connection, 'textDocument/inlayHint', [] as InlayHint[], async (params) => {
    const state = await session.state(params.textDocument.uri);
    if (!state) return [];
    const doc = state.document;
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    if (state.set) {
      return state.set.hints
        .filter((h) => state.settings.inlayHints[h.kind] && h.offset >= start && h.offset <= end)
        .map((h) => ({ position: doc.positionAt(h.offset), label: h.label, tooltip: h.tooltip, paddingLeft: false }));
    }
    return state.file.chunks
      // A document with a syntax error has a guessed tree: its hints pause until it parses.
      .filter((c) => c.start <= end && c.start + c.analysis.text.length >= start && syntaxErrorAt(c) === undefined)
      .flatMap((c) => inlayHints(c.analysis, (kind) => state.settings.inlayHints[kind]).map((h) => ({ ...h, offset: h.offset + c.start })))
      .filter((h) => h.offset >= start && h.offset <= end)
      .map((h) => ({ position: doc.positionAt(h.offset), label: h.label, tooltip: h.tooltip, paddingLeft: false }));
  }));
}
