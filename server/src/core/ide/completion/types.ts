/** What the completion core returns; the LSP adapter turns it into CompletionItems. */

export interface CompletionEntry {
  readonly label: string;
  readonly kind: 'field' | 'value' | 'option' | 'snippet';
  /** One line next to the label (type, default, deprecation). */
  readonly detail?: string;
  /** Markdown shown in the details pane. */
  readonly documentation?: string;
  /** Snippet syntax (`${1:default}`) when `snippet` is true, plain text otherwise. */
  readonly insertText: string;
  readonly snippet?: boolean;
  /** Offsets of the text the completion replaces. */
  readonly replaceStart: number;
  readonly replaceEnd: number;
  /** Shown struck through (LSP CompletionItemTag.Deprecated). */
  readonly deprecated?: boolean;
  /** After inserting a key, open completion again for its value. */
  readonly thenSuggestValues?: boolean;
  /** The default or recommended value: preselected. */
  readonly preselect?: boolean;
  /**
   * The flinkConfiguration option the item names. Its documentation (optionDocumentation) is
   * large, so the client gets it on completionItem/resolve, for the item it shows, not in the list.
   */
  readonly option?: { readonly key: string; readonly flinkVersion?: string };
}

export type Entry = Omit<CompletionEntry, 'replaceStart' | 'replaceEnd'>;

export interface CompletionResult {
  readonly items: CompletionEntry[];
  /**
   * The server filtered and ranked the items for what is typed: the client must keep their
   * order (every item's filter text is the typed text) and ask again after each keystroke.
   */
  readonly ranked: boolean;
  /** What is typed, from replaceStart to the cursor. */
  readonly typed: string;
}
