/**
 * What the core may read of a chart or an overlay: files and folder listings, given by the
 * caller. The CLI fills it from the disk, the language server from its open documents and the
 * disk, a browser from its workspace. Paths are '/'-separated and opaque to the core.
 */

export interface DirEntry {
  readonly name: string;
  readonly dir: boolean;
}

export interface SourceTree {
  /** The file's text, or undefined when it does not exist or cannot be read. */
  read(path: string): string | undefined;
  /** The folder's entries, or undefined when it is not a folder. */
  list(path: string): readonly DirEntry[] | undefined;
}

/** A tree held in memory (tests, a browser workspace): every path below the given files exists. */
export class MemoryTree implements SourceTree {
  private readonly files: ReadonlyMap<string, string>;

  constructor(files: Readonly<Record<string, string>> | ReadonlyMap<string, string>) {
    this.files = files instanceof Map ? files : new Map(Object.entries(files));
  }

  read(path: string): string | undefined {
    return this.files.get(path);
  }

  list(path: string): DirEntry[] | undefined {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    const seen = new Map<string, boolean>();
    for (const file of this.files.keys()) {
      if (!file.startsWith(prefix)) continue;
      const rest = file.slice(prefix.length);
      const slash = rest.indexOf('/');
      seen.set(slash < 0 ? rest : rest.slice(0, slash), slash >= 0 || seen.get(rest) === true);
    }
    return seen.size ? [...seen].map(([name, dir]) => ({ name, dir })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) : undefined;
  }
}
