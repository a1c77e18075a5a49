/**
 * A webview page from client/media: its template read through workspace.fs (so it also loads in
 * VS Code for the web), each named file as the webview's URI for it, and a fresh CSP nonce
 * (pod-layout-page.ts). The pod layout preview and the read-only views both load theirs here.
 */

import { ExtensionContext, Uri, WebviewPanel, workspace } from 'vscode';
import { MEDIA_FOLDER, pageHtml } from './pod-layout-page';

/** `files`: template key → path inside client/media, e.g. `{ styleUri: ['pod-layout.css'], scriptUri: ['dist', 'views.js'] }`. */
export async function mediaPage(context: ExtensionContext, panel: WebviewPanel, template: string, files: { readonly styleUri: string[]; readonly scriptUri: string[] } & Readonly<Record<string, string[]>>): Promise<string> {
  const media = Uri.joinPath(context.extensionUri, ...MEDIA_FOLDER);
  const text = new TextDecoder('utf-8').decode(await workspace.fs.readFile(Uri.joinPath(media, template)));
  const uri = (path: readonly string[]) => panel.webview.asWebviewUri(Uri.joinPath(media, ...path)).toString();
  const uris = Object.fromEntries(Object.entries(files).map(([key, path]) => [key, uri(path)]));
  return pageHtml(text, { ...uris, cspSource: panel.webview.cspSource, styleUri: uri(files.styleUri), scriptUri: uri(files.scriptUri) });
}
