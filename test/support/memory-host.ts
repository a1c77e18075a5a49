/** A FileSystemHost over a map of URIs to texts, recording what it was asked (tests of the server's file access). */

import { FileSystemHost } from '../../server/src/host/files';
import { namePattern, YAML_FILES } from '../../server/src/protocol/files';

export class MemoryHost implements FileSystemHost {
  readonly asked: string[] = [];

  constructor(readonly files: Map<string, string>, private readonly limit = Infinity) {}

  async listFiles(folders: readonly string[], names = YAML_FILES): Promise<string[]> {
    this.asked.push(`list ${folders.join(',')} ${names}`);
    const pattern = namePattern(names);
    const below = (uri: string) => folders.some((f) => uri.startsWith(f.endsWith('/') ? f : `${f}/`));
    return [...this.files.keys()].filter((u) => below(u) && pattern.test(u.slice(u.lastIndexOf('/') + 1))).slice(0, this.limit);
  }

  async readFile(uri: string): Promise<string | undefined> {
    this.asked.push(`read ${uri}`);
    return this.files.get(uri);
  }

  /** What was asked since the last call. */
  take(): string[] {
    return this.asked.splice(0).sort();
  }
}
