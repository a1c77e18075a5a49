/**
 * The Node server's files: `file:` folders are walked and read from disk; any other scheme (a
 * virtual workspace opened in desktop VS Code) goes through the client like in the browser.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Connection } from 'vscode-languageserver';
import { MAX_ANALYSED_LENGTH } from '../core/size-limit';
import { MAX_INDEXED_FILES, namePattern, SKIPPED_FOLDERS, YAML_FILES } from '../protocol/files';
import { clientFiles, FileSystemHost } from './files';

export function nodeFiles(connection: Connection): FileSystemHost {
  const client = clientFiles(connection);
  return {
    async listFiles(folders, names = YAML_FILES) {
      const onDisk = folders.map(toPath).filter((p): p is string => !!p);
      const elsewhere = folders.filter((f) => !toPath(f));
      const uris = walk(onDisk, namePattern(names)).map((p) => pathToFileURL(p).toString());
      return elsewhere.length ? [...uris, ...(await client.listFiles(elsewhere, names))].slice(0, MAX_INDEXED_FILES) : uris;
    },
    readFile: async (uri) => {
      const file = toPath(uri);
      return file ? readSmallFile(file) : client.readFile(uri);
    },
  };
}

/** Lists the files below the folders whose name matches (YAML by default), bounded by MAX_INDEXED_FILES. */
export function walk(folders: readonly string[], names = namePattern(YAML_FILES)): string[] {
  const out: string[] = [];
  const skip = new Set(SKIPPED_FOLDERS);
  const visit = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (out.length >= MAX_INDEXED_FILES) return;
      const full = path.join(dir, e.name);
      if (e.isDirectory() && !skip.has(e.name)) visit(full);
      else if (e.isFile() && names.test(e.name)) out.push(full);
    }
  };
  for (const folder of folders) visit(folder);
  return out;
}

function readSmallFile(file: string): string | undefined {
  try {
    return fs.statSync(file).size > MAX_ANALYSED_LENGTH ? undefined : fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function toPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
