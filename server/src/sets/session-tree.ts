/**
 * The SourceTree the language server gives the core: open documents first (so unsaved edits to
 * values.yaml or a patch count), then the disk. Disk reads are cached until files change.
 */

import * as fs from 'node:fs';
import { DirEntry, SourceTree } from '../core/sources/tree';
import { MAX_ANALYSED_LENGTH } from '../core/size-limit';

export class SessionTree implements SourceTree {
  private readonly disk = new Map<string, string | undefined>();
  private readonly dirs = new Map<string, DirEntry[] | undefined>();

  constructor(private readonly open: (path: string) => string | undefined) {}

  read(path: string): string | undefined {
    const open = this.open(path);
    if (open !== undefined) return open;
    if (!this.disk.has(path)) {
      let text: string | undefined;
      try {
        text = fs.statSync(path).size <= MAX_ANALYSED_LENGTH ? fs.readFileSync(path, 'utf8') : undefined;
      } catch {
        text = undefined;
      }
      this.disk.set(path, text);
    }
    return this.disk.get(path);
  }

  list(path: string): readonly DirEntry[] | undefined {
    if (!this.dirs.has(path)) {
      let entries: DirEntry[] | undefined;
      try {
        entries = fs.readdirSync(path, { withFileTypes: true }).map((e) => ({ name: e.name, dir: e.isDirectory() }));
      } catch {
        entries = undefined;
      }
      this.dirs.set(path, entries);
    }
    return this.dirs.get(path);
  }

  /** Files changed on disk: read them again. */
  forgetDisk(): void {
    this.disk.clear();
    this.dirs.clear();
  }
}
