/**
 * `flink-k8s changes`: what applying AFTER over BEFORE (files or folders), or the working tree
 * over a git ref, does to each Flink resource. Exit 0, or 1 when a change's class is in
 * --fail-on, 2 for bad usage or unreadable input.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { changesMarkdown } from '../core/changes/markdown';
import { changesOfFiles } from '../core/changes/of-files';
import { ChangeEntry } from '../core/changes/report';
import { ChangesArgs } from './changes-args';
import { renderChangesText } from './changes-text';
import { expandPaths, InputError } from './files';
import { baseFiles, repositoryRoot } from './git-base';

export function runChanges(args: ChangesArgs, out: (s: string) => void): number {
  const cwd = process.cwd();
  const [beforeFiles, afterFiles] = args.base !== undefined
    ? [baseFiles(args.base, args.paths.length ? args.paths : [repositoryRoot(cwd)], cwd), readAll(args.paths.length ? args.paths : [repositoryRoot(cwd)], cwd)]
    : [readAll([args.paths[0] ?? ''], cwd), readAll([args.paths[1] ?? ''], cwd)];
  const entries = changesOfFiles(beforeFiles, afterFiles, args.operatorVersion);
  if (args.format === 'json') out(`${JSON.stringify({ changes: entries }, null, 2)}\n`);
  else if (args.format === 'markdown') out(changesMarkdown(entries));
  else out(renderChangesText(entries));
  return failed(entries, args) ? 1 : 0;
}

function failed(entries: readonly ChangeEntry[], args: ChangesArgs): boolean {
  return entries.some((e) => args.failOn.includes(e.class));
}

function readAll(paths: readonly string[], cwd: string): Array<{ file: string; text: string }> {
  return expandPaths(paths).map((file) => {
    try {
      return { file: path.relative(cwd, file) || file, text: fs.readFileSync(file, 'utf8') };
    } catch (error) {
      throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  });
}
