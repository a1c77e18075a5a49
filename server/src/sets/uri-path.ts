/**
 * Workspace URIs as the core's SourceTree paths. The core joins '/'-separated paths (`../base`,
 * `templates/x.yaml`), so the server hands it a URI's decoded path and keeps the rest (scheme and
 * authority: the origin) aside; a chart or overlay never reaches into another origin. Works for
 * `file:` on disk and for virtual workspaces (`vscode-vfs://github/...`) alike.
 */

export interface UriPath {
  /** `scheme://authority`, e.g. `file://` or `vscode-vfs://github`. */
  readonly origin: string;
  /** The decoded path, starting with '/'. */
  readonly path: string;
}

/** Undefined for URIs without a hierarchical path (`untitled:Untitled-1`) or with a broken escape. */
export function splitUri(uri: string): UriPath | undefined {
  const m = /^([a-zA-Z][\w+.-]*):\/\/([^/?#]*)([^?#]*)/.exec(uri);
  if (!m) return undefined;
  try {
    return { origin: `${m[1]}://${m[2]}`, path: decodeURIComponent(m[3] || '/') };
  } catch {
    return undefined;
  }
}

/** The URI of a path in an origin; any URI the host gave for it names the same file. */
export function joinUri(origin: string, path: string): string {
  return origin + path.split('/').map(encodeURIComponent).join('/');
}
