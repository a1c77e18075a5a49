/**
 * Completion as LSP items. Lists the core ranked itself (flinkConfiguration keys) keep their
 * order in any client: every item's filterText starts with what is typed, so the client's own
 * fuzzy score is the same for all of them and sortText decides; the list is incomplete, so the
 * client asks again after each keystroke and the server ranks again (until the answer arrives,
 * the label after the typed text still lets the client keep the old items). A key that has
 * values reopens completion after it is inserted (editor.action.triggerSuggest).
 */

import { CompletionItem, CompletionItemKind, CompletionItemTag, CompletionList, Connection, InsertTextFormat, MarkupKind } from 'vscode-languageserver';
import { Session } from '../session';
import { toRange } from '../convert';
import { completion } from '../core/ide/completion';
import { CompletionEntry } from '../core/ide/completion/types';
import { chunkAt } from '../core/incremental/analyzer';
import { guard } from './guard';
import { optionDocumentation } from '../core/ide/option-docs';

const KIND = { field: CompletionItemKind.Property, value: CompletionItemKind.Value, option: CompletionItemKind.Field, snippet: CompletionItemKind.Snippet } as const;
const SUGGEST_AGAIN = { title: 'Suggest values', command: 'editor.action.triggerSuggest' };

export function registerCompletion(connection: Connection, session: Session): void {
  connection.onCompletion(guard(connection, 'textDocument/completion', [] as CompletionItem[] | CompletionList, async (params) => {
    const state = await session.state(params.textDocument.uri);
    if (!state || !state.settings.enable) return [];
    const offset = state.document.offsetAt(params.position);
    const chunk = chunkAt(state.file, offset);
    if (!chunk) return [];
    const result = completion(chunk.analysis.text, chunk.analysis, offset - chunk.start, { operatorVersion: state.settings.operatorVersion });
    const items = result.items.map((e, i): CompletionItem => {
      const range = toRange(state.document, { start: e.replaceStart + chunk.start, end: e.replaceEnd + chunk.start });
      return {
        label: e.label,
        kind: KIND[e.kind],
        detail: e.detail,
        documentation: e.documentation ? { kind: MarkupKind.Markdown, value: e.documentation } : undefined,
        data: e.option ? { optionKey: e.option.key, flinkVersion: e.option.flinkVersion } : undefined,
        insertTextFormat: e.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        textEdit: { range, newText: e.insertText },
        sortText: String(i).padStart(5, '0'),
        filterText: result.ranked ? `${result.typed}${e.label}` : filterText(e),
        tags: e.deprecated ? [CompletionItemTag.Deprecated] : undefined,
        preselect: e.preselect,
        command: e.thenSuggestValues ? SUGGEST_AGAIN : undefined,
      };
    });
    return result.ranked ? { isIncomplete: true, items } : items;
  }));
  // Option items carry their documentation only when resolved; on failure the item stays as it was.
  connection.onCompletionResolve((item) => guard(connection, 'completionItem/resolve', item, () => withOptionDocumentation(item))());
}

function withOptionDocumentation(item: CompletionItem): CompletionItem {
  const data = item.data as { optionKey?: unknown; flinkVersion?: unknown } | undefined;
  if (typeof data?.optionKey !== 'string') return item;
  const value = optionDocumentation(data.optionKey, typeof data.flinkVersion === 'string' ? data.flinkVersion : undefined);
  return value ? { ...item, documentation: { kind: MarkupKind.Markdown, value } } : item;
}

/** A value inserted in quotes is matched with them, so typing `"tr` still finds `"true"`. */
function filterText(e: CompletionEntry): string | undefined {
  return e.kind === 'value' && e.insertText !== e.label ? e.insertText : undefined;
}
