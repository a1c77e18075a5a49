/** The SourceTree the CLI gives the core: files and folders on disk, by absolute path. */

import * as fs from 'node:fs';
import { DirEntry, SourceTree } from '../core/sources/tree';
import { InputBudget } from './input-limit';

export class FsTree implements SourceTree {
  private readonly cache = new Map<string, string | undefined>();

  /** Each file read counts against the run's budget; one past it is not read (the run then stops). */
  constructor(private readonly budget = new InputBudget()) {}

  read(path: string): string | undefined {
    if (this.cache.has(path)) return this.cache.get(path);
    let text: string | undefined;
    try {
      text = this.budget.add(path, fs.statSync(path).size) ? fs.readFileSync(path, 'utf8') : undefined;
    } catch {
      text = undefined;
    }
    this.cache.set(path, text);
    return text;
  }

  list(path: string): DirEntry[] | undefined {
    try {
      return fs.readdirSync(path, { withFileTypes: true }).map((e) => ({ name: e.name, dir: e.isDirectory() }));
    } catch {
      return undefined;
    }
  }
}
