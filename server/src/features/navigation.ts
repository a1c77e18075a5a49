/** Hover, completion, document symbols and CodeLens: thin adapters over the core. */

import { CodeLens, CompletionItem, CompletionItemKind, Connection, DocumentSymbol, InsertTextFormat, MarkupKind, SymbolKind } from 'vscode-languageserver';
import { Session } from '../session';
import { toRange } from '../convert';
import { hoverAt } from '../core/ide/hover';
import { completeAt } from '../core/ide/completion';
import { summary } from '../core/ide/summary';
import { guard } from './guard';
import { nameOf } from '../core/projection/links';

const KIND = { field: CompletionItemKind.Property, value: CompletionItemKind.Value, option: CompletionItemKind.Field, snippet: CompletionItemKind.Snippet } as const;

export function registerNavigation(connection: Connection, session: Session): void {
  connection.onHover(guard(connection, 'hover', null, async (params) => {
    const state = await session.state(params.textDocument.uri);
    const info = state && hoverAt(state.analysis, state.document.offsetAt(params.position));
    return info ? { contents: { kind: MarkupKind.Markdown, value: info.markdown }, range: toRange(state.document, info.span) } : null;
  }));
  connection.onCompletion(guard(connection, 'completion', [] as CompletionItem[], async (params) => {
    const state = await session.state(params.textDocument.uri);
    if (!state || !state.settings.enable) return [];
    const offset = state.document.offsetAt(params.position);
    return completeAt(state.analysis.text, state.analysis, offset).map((e, i) => ({
      label: e.label,
      kind: KIND[e.kind],
      detail: e.detail,
      documentation: e.documentation ? { kind: MarkupKind.Markdown, value: e.documentation } : undefined,
      insertTextFormat: e.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range: toRange(state.document, { start: e.replaceStart, end: e.replaceEnd }), newText: e.insertText },
      sortText: String(i).padStart(5, '0'),
    }));
  }));
  connection.onDocumentSymbol(guard(connection, 'symbols', [] as DocumentSymbol[], async (params) => {
    const state = await session.state(params.textDocument.uri);
    if (!state) return [];
    return state.analysis.resources.map(({ resource, projection }) => {
      const range = toRange(state.document, { start: resource.start, end: resource.span.end });
      return { name: nameOf(resource) || '(unnamed)', detail: projection ? `${resource.kind} · ${summary(projection)}` : resource.kind, kind: SymbolKind.Class, range, selectionRange: toRange(state.document, resource.kindSpan) };
    });
  }));
  connection.onCodeLens(guard(connection, 'code lens', [] as CodeLens[], async (params) => {
    const state = await session.state(params.textDocument.uri);
    if (!state || !state.settings.codeLens) return [];
    return state.analysis.resources.flatMap(({ resource, projection }, index) => {
      if (!projection) return [];
      const at = state.document.positionAt(resource.start);
      return [{ range: { start: at, end: at }, command: { title: summary(projection), command: 'flinkK8s.showPodLayout', arguments: [params.textDocument.uri, index] } }];
    });
  }));
}
