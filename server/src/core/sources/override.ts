/** A tree with some files replaced (unsaved edits, a fix being tried). */

import { DirEntry, SourceTree } from './tree';

export class OverrideTree implements SourceTree {
  constructor(private readonly base: SourceTree, private readonly overrides: ReadonlyMap<string, string>) {}

  read(path: string): string | undefined {
    return this.overrides.get(path) ?? this.base.read(path);
  }

  list(path: string): readonly DirEntry[] | undefined {
    return this.base.list(path);
  }
}
