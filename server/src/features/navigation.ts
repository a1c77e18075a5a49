/** Hover, completion, document symbols and CodeLens: thin adapters over the core. */

import { CodeLens, CompletionItem, CompletionItemKind, Connection, DocumentSymbol, InsertTextFormat, MarkupKind, SymbolKind } from 'vscode-languageserver';
import { Session } from '../session';
import { toRange } from '../convert';
import { hoverAt } from '../core/ide/hover';
import { completeAt } from '../core/ide/completion';
import { optionDocumentation } from '../core/ide/option-docs';
import { summary } from '../core/ide/summary';
import { guard } from './guard';
import { nameOf } from '../core/projection/links';
import { chunkAt } from '../core/incremental/analyzer';
import { shiftSpan } from '../core/incremental/shift';
import { SetResource } from '../sets/document-view';
import { changeHover } from '../core/changes/hover';
import { changeLenses } from './changes';

const KIND = { field: CompletionItemKind.Property, value: CompletionItemKind.Value, option: CompletionItemKind.Field, snippet: CompletionItemKind.Snippet } as const;

export function registerNavigation(connection: Connection, session: Session): void {
  connection.onHover(guard(connection, 'textDocument/hover', null, async (params) => {
    const state = await session.state(params.textDocument.uri);
    if (!state) return null;
    const offset = state.document.offsetAt(params.position);
    const chunk = chunkAt(state.file, offset);
    const info = chunk && hoverAt(chunk.analysis, offset - chunk.start);
    const change = state.changes && changeHover(state.changes.changes, offset, state.changes.ref);
    const value = [info?.markdown, change].filter(Boolean).join('\n\n---\n\n');
    if (!chunk || !value) return null;
    return { contents: { kind: MarkupKind.Markdown, value }, range: info ? toRange(state.document, shiftSpan(info.span, chunk.start)) : undefined };
  }));
  connection.onCompletion(guard(connection, 'textDocument/completion', [] as CompletionItem[], async (params) => {
    const state = await session.state(params.textDocument.uri);
    if (!state || !state.settings.enable) return [];
    const offset = state.document.offsetAt(params.position);
    const chunk = chunkAt(state.file, offset);
    if (!chunk) return [];
    return completeAt(chunk.analysis.text, chunk.analysis, offset - chunk.start).map((e) => ({ ...e, replaceStart: e.replaceStart + chunk.start, replaceEnd: e.replaceEnd + chunk.start })).map((e, i) => ({
      label: e.label,
      kind: KIND[e.kind],
      detail: e.detail,
      documentation: e.documentation ? { kind: MarkupKind.Markdown, value: e.documentation } : undefined,
      data: e.option ? { optionKey: e.option.key, flinkVersion: e.option.flinkVersion } : undefined,
      insertTextFormat: e.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range: toRange(state.document, { start: e.replaceStart, end: e.replaceEnd }), newText: e.insertText },
      sortText: String(i).padStart(5, '0'),
    }));
  }));
  // Option items carry their documentation only when resolved; on failure the item stays as it was.
  connection.onCompletionResolve((item) => guard(connection, 'completionItem/resolve', item, () => withOptionDocumentation(item))());
  connection.onDocumentSymbol(guard(connection, 'textDocument/documentSymbol', [] as DocumentSymbol[], async (params) => {
    const state = await session.state(params.textDocument.uri);
    if (!state) return [];
    return state.file.chunks.flatMap((c) => c.analysis.resources.map(({ resource, projection }) => {
      const range = toRange(state.document, shiftSpan({ start: resource.start, end: resource.span.end }, c.start));
      return { name: nameOf(resource) || '(unnamed)', detail: projection ? `${resource.kind} · ${summary(projection)}` : resource.kind, kind: SymbolKind.Class, range, selectionRange: toRange(state.document, shiftSpan(resource.kindSpan, c.start)) };
    }));
  }));
  connection.onCodeLens(guard(connection, 'textDocument/codeLens', [] as CodeLens[], async (params) => {
    const state = await session.state(params.textDocument.uri);
    if (!state || !state.settings.codeLens) return [];
    if (state.set) return state.set.resources.map((r, index) => ({ range: { start: state.document.positionAt(r.offset), end: state.document.positionAt(r.offset) }, command: { title: lensTitle(r, state.set?.resources ?? []), command: 'flinkK8s.showPodLayout', arguments: [params.textDocument.uri, index] } }));
    // The index is the row in the preview, which lists only projected resources (no snapshots, no canaries).
    const projected = state.file.chunks.flatMap((c) => c.analysis.resources.filter((ra) => ra.projection).map((ra) => ({ ...ra, start: ra.resource.start + c.start })));
    const summaries = projected.flatMap(({ projection, start }, index) => {
      if (!projection) return [];
      const at = state.document.positionAt(start);
      return [{ range: { start: at, end: at }, command: { title: summary(projection), command: 'flinkK8s.showPodLayout', arguments: [params.textDocument.uri, index] } }];
    });
    const indexOf = (start: number) => { const i = projected.findIndex((p) => p.start === start); return i < 0 ? undefined : i; };
    return [...summaries, ...changeLenses(state, params.textDocument.uri, indexOf)];
  }));
}

/** Several rendered resources on one line (a range in a template) are told apart by name. */
function lensTitle(r: SetResource, all: readonly SetResource[]): string {
  const text = summary(r.resource.projection as NonNullable<SetResource['resource']['projection']>);
  return all.filter((x) => x.offset === r.offset).length > 1 ? `${nameOf(r.resource.resource) || '(unnamed)'}: ${text}` : text;
}

function withOptionDocumentation(item: CompletionItem): CompletionItem {
  const data = item.data as { optionKey?: unknown; flinkVersion?: unknown } | undefined;
  if (typeof data?.optionKey !== 'string') return item;
  const value = optionDocumentation(data.optionKey, typeof data.flinkVersion === 'string' ? data.flinkVersion : undefined);
  return value ? { ...item, documentation: { kind: MarkupKind.Markdown, value } } : item;
}
