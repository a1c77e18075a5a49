/**
 * What the pod layout panel hands to its webview: the page (HTML with a fresh CSP nonce), the
 * webview options and the layout message. Kept free of the vscode API so the unit and browser
 * tests check exactly what the panel serves and posts.
 */

import type { ResourceProjection } from '../../server/src/protocol/requests';
import type { RemovedView } from '../../server/src/protocol/changes';
import type { HostToWebview, WebviewToHost } from './webview/messages';

/** The only folder the page may load from: the template, its CSS and the bundled script. */
export const MEDIA_FOLDER = ['client', 'media'] as const;

export interface PageUris {
  /** The webview's own origin, the only source the CSP allows for styles, images and fonts. */
  readonly cspSource: string;
  readonly styleUri: string;
  readonly scriptUri: string;
}

/** 128 random bits per page load: the CSP runs only the script tag that carries them (Web Crypto: Node and browsers). */
export function newNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Fills `{{key}}` in the template (the nonce and the given URIs, e.g. a second stylesheet). Values
 * go into attributes, so they are escaped even though they come from VS Code; an unknown key
 * becomes empty rather than reaching the page.
 */
export function pageHtml(template: string, uris: PageUris & Readonly<Record<string, string>>, nonce = newNonce()): string {
  const values = new Map<string, string>([...Object.entries(uris), ['nonce', nonce]]);
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => attribute(values.get(key) ?? ''));
}

function attribute(text: string): string {
  return text.replace(/[&"'<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Scripts for the page itself; no command links, no forms, and local files only from the media
 * folder (the default would be the whole extension and workspace).
 */
export function panelOptions<U>(extensionUri: U, join: (base: U, ...segments: string[]) => U) {
  return { enableScripts: true, enableCommandUris: false, enableForms: false, retainContextWhenHidden: false, localResourceRoots: [join(extensionUri, ...MEDIA_FOLDER)] };
}

/** The message that draws a file's resources; `selected` is kept inside the list. */
export function layoutMessage(uri: string, fileName: string, resources: ResourceProjection[], selected: number, removed: readonly RemovedView[] = [], editingLine?: number): Extract<HostToWebview, { type: 'layout' }> {
  return { type: 'layout', uri, fileName, resources, selected: Math.max(0, Math.min(selected, resources.length - 1)), removed, ...(editingLine ? { editingLine } : {}) };
}

/**
 * A message from the page, if it is one the panel expects. The page shows text from the YAML, so
 * it is not trusted to choose files: a reveal must name the file the panel is showing.
 */
export function fromWebview(m: unknown, shownUri: string | undefined): WebviewToHost | undefined {
  if (typeof m !== 'object' || m === null) return undefined;
  const { type, index, line, uri } = m as Record<string, unknown>;
  if (type === 'ready') return { type };
  if (type === 'select' && isCount(index, 0)) return { type, index };
  if (type === 'reveal' && isCount(line, 1) && typeof uri === 'string' && uri === shownUri) return { type, uri, line };
  return undefined;
}

function isCount(v: unknown, min: number): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= min;
}
