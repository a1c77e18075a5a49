/**
 * Workspace file access the server asks of the client: which YAML files there are and what they
 * say. The browser server has no file system, and a virtual workspace (github.dev, vscode.dev)
 * has no disk, so there the client lists and reads through `workspace.findFiles` and
 * `workspace.fs` and answers these requests. Shared by the server and the VS Code client.
 */

import { RequestType } from 'vscode-languageserver-protocol';

/** Folders the workspace index never enters (dependencies, build output, VCS data). */
export const SKIPPED_FOLDERS: readonly string[] = ['node_modules', '.git', '.vscode-test', '.vscode-test-web', 'out', 'dist'];
/** Our bound on the indexing walk at start-up, so a huge monorepo cannot stall it. */
export const MAX_INDEXED_FILES = 5000;
/** The files the index reads, and the ones the server watches. */
export const YAML_GLOB = '**/*.{yaml,yml}';

export interface ListFilesParams {
  /** Workspace folder URIs, as the client sent them in `initialize`. */
  readonly folders: readonly string[];
}

export interface ListFilesResult {
  /** YAML file URIs below those folders, skipped folders left out, at most MAX_INDEXED_FILES. */
  readonly uris: string[];
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
