/** Shows a file in the first editor column with the cursor on a line (1-based). */

import { Range, Selection, TextEditorRevealType, Uri, ViewColumn, window } from 'vscode';

export async function openResource(uri: string, line: number): Promise<void> {
  const editor = await window.showTextDocument(Uri.parse(uri), { viewColumn: ViewColumn.One });
  const at = new Range(line - 1, 0, line - 1, 0);
  editor.selection = new Selection(at.start, at.start);
  editor.revealRange(at, TextEditorRevealType.InCenterIfOutsideViewport);
}
