/**
 * Workspace file access the server asks of the client: which files there are and what they say
 * (the YAML files for the workspace index; every file of a Helm chart and the kustomization files
 * for charts and overlays). The browser server has no file system, and a virtual workspace
 * (github.dev, vscode.dev) has no disk, so there the client lists and reads through
 * `workspace.findFiles` and `workspace.fs` and answers these requests. Shared by the server and
 * the VS Code client.
 */

import { RequestType } from 'vscode-languageserver-protocol';

/** Folders the workspace index never enters (dependencies, build output, VCS data). */
export const SKIPPED_FOLDERS: readonly string[] = ['node_modules', '.git', '.vscode-test', '.vscode-test-web', 'out', 'dist'];
/** Our bound on the indexing walk at start-up, so a huge monorepo cannot stall it. */
export const MAX_INDEXED_FILES = 5000;
/** The files the index reads (a file name pattern, matched at any depth). */
export const YAML_FILES = '*.{yaml,yml}';
/** Every file: what a chart's folder holds (templates, helpers, `.Files`). */
export const ALL_FILES = '*';
/** The files that make a folder a Helm chart or a kustomization (as helm and kustomize look for them). */
export const SET_FILES = '{Chart.yaml,kustomization.yaml,kustomization.yml,Kustomization}';
/** The files the server watches: YAML, chart helpers, and the kustomization file without extension. */
export const WATCHED_GLOBS: readonly string[] = ['**/*.{yaml,yml}', '**/*.tpl', '**/Kustomization'];

export interface ListFilesParams {
  /** Folder URIs: the workspace folders as the client sent them in `initialize`, or folders below them. */
  readonly folders: readonly string[];
  /** Which files, by name at any depth below the folders (`*`, `?` and `{a,b}`); YAML_FILES when absent. */
  readonly names?: string;
}

export interface ListFilesResult {
  /** URIs of the matching files below those folders, skipped folders left out, at most MAX_INDEXED_FILES. */
  readonly uris: string[];
}

/** A `names` pattern as a regular expression on a file name (case-insensitive, like the YAML walk always was). */
export function namePattern(names: string): RegExp {
  let source = '';
  let depth = 0;
  for (const ch of names) {
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '{') (source += '(?:'), depth++;
    else if (ch === '}' && depth > 0) (source += ')'), depth--;
    else if (ch === ',' && depth > 0) source += '|';
    else source += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${source}${')'.repeat(depth)}$`, 'i');
}

export namespace ListFilesRequest {
  export const method = 'flinkK8s/listFiles';
  export const type = new RequestType<ListFilesParams, ListFilesResult, void>(method);
}

export interface ReadFileParams {
  readonly uri: string;
  /** Files longer than this (bytes) are not read: the analysis would skip them anyway. */
  readonly maxBytes: number;
}

export interface ReadFileResult {
  /** The file as UTF-8 text, or null when it is missing, unreadable or larger than maxBytes. */
  readonly text: string | null;
}

export namespace ReadFileRequest {
  export const method = 'flinkK8s/readFile';
  export const type = new RequestType<ReadFileParams, ReadFileResult, void>(method);
}
