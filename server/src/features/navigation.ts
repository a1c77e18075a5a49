/** Hover, document symbols and CodeLens: thin adapters over the core. */

import { CodeLens, Connection, DocumentSymbol, MarkupKind, SymbolKind } from 'vscode-languageserver';
import { Session } from '../session';
import { toRange } from '../convert';
import { hoverAt } from '../core/ide/hover';
import { summary } from '../core/ide/summary';
import { guard } from './guard';
import { nameOf } from '../core/projection/links';
import { chunkAt } from '../core/incremental/analyzer';
import { shiftSpan } from '../core/incremental/shift';
import { SetResource } from '../sets/document-view';
import { changeHover } from '../core/changes/hover';
import { changeLenses } from './changes';
import { shownResources } from '../last-valid';

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
    const shown = shownResources(session.lastValid, params.textDocument.uri, state.file);
    const summaries = shown.flatMap(({ chunk, resource: { resource, projection }, waiting }, index) => {
      if (!projection) return [];
      const at = state.document.positionAt((waiting ? chunk.analysis.resources[0]?.resource.start ?? 0 : resource.start) + chunk.start);
      const title = waiting ? `Waiting for valid YAML (line ${waiting.line})${waiting.lastValid ? ` · last valid: ${summary(projection)}` : ''}` : summary(projection);
      return [{ range: { start: at, end: at }, command: { title, command: 'flinkK8s.showPodLayout', arguments: [params.textDocument.uri, index] } }];
    });
    const indexOf = (start: number) => {
      const i = shown.findIndex((x) => x.resource.resource.start + x.chunk.start === start);
      return i < 0 ? undefined : i;
    };
    return [...summaries, ...changeLenses(state, params.textDocument.uri, indexOf)];
  }));
}

/** Several rendered resources on one line (a range in a template) are told apart by name. */
function lensTitle(r: SetResource, all: readonly SetResource[]): string {
  const text = summary(r.resource.projection as NonNullable<SetResource['resource']['projection']>);
  return all.filter((x) => x.offset === r.offset).length > 1 ? `${nameOf(r.resource.resource) || '(unnamed)'}: ${text}` : text;
}
