/**
 * The client's side of flinkK8s/listFiles and flinkK8s/readFile: the server in a web worker, or
 * in Node on a virtual workspace, cannot read the workspace itself, so the client lists files
 * (YAML for the index; a chart's files, kustomization files) with workspace.findFiles and reads
 * them with workspace.fs (which work on every file system VS Code has, github.dev's included).
 * Only files inside a workspace folder are listed and read.
 */

import { RelativePattern, Uri, workspace } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ListFilesRequest, MAX_INDEXED_FILES, ReadFileRequest, SKIPPED_FOLDERS, YAML_FILES } from '../../server/src/protocol/files';

const EXCLUDE = `**/{${SKIPPED_FOLDERS.join(',')}}/**`;

export function serveWorkspaceFiles(client: BaseLanguageClient): void {
  client.onRequest(ListFilesRequest.type, async ({ folders, names }) => ({ uris: await listFiles(folders, names ?? YAML_FILES) }));
  client.onRequest(ReadFileRequest.type, async ({ uri, maxBytes }) => ({ text: await readText(uri, maxBytes) }));
}

/** Files named like `names` (protocol/files.ts) at any depth below the folders; only folders inside the workspace. */
export async function listFiles(folders: readonly string[], names: string): Promise<string[]> {
  const out: string[] = [];
  for (const folder of folders) {
    const base = Uri.parse(folder);
    if (!workspace.getWorkspaceFolder(base) || out.length >= MAX_INDEXED_FILES) continue;
    const found = await workspace.findFiles(new RelativePattern(base, `**/${names}`), EXCLUDE, MAX_INDEXED_FILES - out.length);
    out.push(...found.map((u) => u.toString()));
  }
  return out;
}

/** The file as text, or null when it is outside the workspace, missing, unreadable or over maxBytes. */
export async function readText(uri: string, maxBytes: number): Promise<string | null> {
  try {
    const target = Uri.parse(uri);
    if (!workspace.getWorkspaceFolder(target)) return null;
    if ((await workspace.fs.stat(target)).size > maxBytes) return null;
    return new TextDecoder('utf-8').decode(await workspace.fs.readFile(target));
  } catch {
    return null;
  }
}
