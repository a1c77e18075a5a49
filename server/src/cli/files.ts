/** Expands command-line paths into YAML files (folders recursively), in a stable order. */

import * as fs from 'node:fs';
import * as path from 'node:path';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export class UsageError extends Error {}
/** A file that is missing or unreadable: the arguments were fine, so no pointer to --help. */
export class InputError extends UsageError {}

/** Absolute paths of the files; a missing path is named as it was given. */
export function expandPaths(paths: readonly string[], cwd = process.cwd()): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const full = path.resolve(cwd, p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      throw new InputError(`no such file or folder: ${p}`);
    }
    if (stat.isDirectory()) files.push(...walk(full));
    else files.push(full);
  }
  return files;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) out.push(...walk(full));
    else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) out.push(full);
  }
  return out;
}
