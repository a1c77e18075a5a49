/**
 * `flink-k8s changes`: what applying AFTER over BEFORE (files or folders), or the working tree
 * over a git ref, does to each Flink resource. Exit 0, or 1 when a change's class is in
 * --fail-on, 2 for bad usage or unreadable input.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { changeCoverage } from '../core/changes/coverage';
import { changesMarkdown } from '../core/changes/markdown';
import { changesOfFiles } from '../core/changes/of-files';
import { ChangeEntry } from '../core/changes/report';
import { ChangesArgs } from './changes-args';
import { renderChangesText } from './changes-text';
import { expandPaths, InputError, UsageError } from './files';
import { baseFiles, repositoryRoot } from './git-base';
import { CLI_SIZE_LIMIT, InputBudget } from './input-limit';

export function runChanges(args: ChangesArgs, out: (s: string) => void): number {
  const cwd = process.cwd();
  const coverage = changeCoverage(args.operatorVersion);
  if (coverage.kind === 'unmodelled') throw new UsageError(`--operator-version ${args.operatorVersion}: ${coverage.note}`);
  // Both sides are analysed in memory together: the same bound as report and check, checked
  // before a file on disk is read (files at a git ref are counted once git has given them).
  const budget = new InputBudget();
  const [beforeFiles, afterFiles] = args.base !== undefined
    ? [counted(baseFiles(args.base, args.paths.length ? args.paths : [repositoryRoot(cwd)], cwd), budget), readAll(args.paths.length ? args.paths : [repositoryRoot(cwd)], cwd, budget)]
    : [readAll([args.paths[0] ?? ''], cwd, budget), readAll([args.paths[1] ?? ''], cwd, budget)];
  budget.check();
  const entries = changesOfFiles(beforeFiles, afterFiles, args.operatorVersion, CLI_SIZE_LIMIT);
  if (args.format === 'json') out(`${JSON.stringify({ changes: entries }, null, 2)}\n`);
  else if (args.format === 'markdown') out(changesMarkdown(entries));
  else out(renderChangesText(entries));
  return failed(entries, args) ? 1 : 0;
}

function counted<T extends { file: string; text: string }>(files: T[], budget: InputBudget): T[] {
  for (const f of files) budget.add(f.file, Buffer.byteLength(f.text, 'utf8'));
  return files;
}

function failed(entries: readonly ChangeEntry[], args: ChangesArgs): boolean {
  return entries.some((e) => args.failOn.includes(e.class));
}

function readAll(paths: readonly string[], cwd: string, budget: InputBudget): Array<{ file: string; text: string }> {
  return expandPaths(paths).map((file) => {
    const shown = path.relative(cwd, file) || file;
    if (!budget.add(shown, readable(file, () => fs.statSync(file).size))) budget.check();
    return { file: shown, text: readable(file, () => fs.readFileSync(file, 'utf8')) };
  });
}

function readable<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
