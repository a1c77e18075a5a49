/**
 * How the server reaches workspace files it has not been sent: the one thing about the server
 * that depends on where it runs. The Node entry (server/src/main.ts) reads `file:` folders from
 * disk; the browser entry (server/src/main.browser.ts) and non-`file:` folders ask the client.
 * Changes reach the server as `workspace/didChangeWatchedFiles` in either case (the server
 * registers the watcher; the client watches), so they are not part of this interface.
 */

import { Connection } from 'vscode-languageserver';
import { ListFilesRequest, ReadFileRequest, YAML_FILES } from '../protocol/files';
import { MAX_ANALYSED_LENGTH } from '../core/size-limit';

export interface FileSystemHost {
  /**
   * URIs of the files below the folders (folder URIs) whose name matches `names` (a pattern of
   * protocol/files.ts: YAML files when absent), bounded and without skipped folders.
   */
  listFiles(folders: readonly string[], names?: string): Promise<string[]>;
  /** A file's text; undefined when it is missing, unreadable or too large to analyse. */
  readFile(uri: string): Promise<string | undefined>;
}

/** What an entry point gives startServer. */
export interface ServerHost {
  /** Built once the connection exists, since a host may answer through it. */
  readonly files: (connection: Connection) => FileSystemHost;
  /** The server's process id, reported to the client (none in a web worker). */
  readonly processId?: number;
}

/** Files through the client (`flinkK8s/listFiles`, `flinkK8s/readFile`); a client that cannot answer gives no files. */
export function clientFiles(connection: Connection): FileSystemHost {
  return {
    listFiles: async (folders, names = YAML_FILES) => (folders.length ? (await connection.sendRequest(ListFilesRequest.type, { folders, names }).catch(() => undefined))?.uris ?? [] : []),
    readFile: async (uri) => (await connection.sendRequest(ReadFileRequest.type, { uri, maxBytes: MAX_ANALYSED_LENGTH }).catch(() => undefined))?.text ?? undefined,
  };
}
