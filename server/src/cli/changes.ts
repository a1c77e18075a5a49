/**
 * `flink-k8s changes`: what applying AFTER over BEFORE (files or folders), or the working tree
 * over a git ref, does to each Flink resource. Exit 0, or 1 when a change's class is in
 * --fail-on, 2 for bad usage or unreadable input.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_OPTIONS } from '../core/analysis';
import { analyzeSet, allResources, FileAnalysis } from '../core/file-set';
import { compareSides } from '../core/changes/compare';
import { changeCoverage } from '../core/changes/coverage';
import { SideResource } from '../core/changes/facts';
import { changesMarkdown } from '../core/changes/markdown';
import { rejectingError } from '../core/changes/rejecting-rules';
import { changeEntries, ChangeEntry } from '../core/changes/report';
import { sideOfSet } from '../core/changes/side';
import { lint } from '../core/rules/run';
import { DEFAULT_RULE_OPTIONS } from '../core/rules/options';
import { Finding } from '../core/rules/types';
import { LineIndex } from '../core/text/line-index';
import { ChangesArgs } from './changes-args';
import { renderChangesText } from './changes-text';
import { expandPaths, InputError, UsageError } from './files';
import { baseFiles, repositoryRoot } from './git-base';

export function runChanges(args: ChangesArgs, out: (s: string) => void): number {
  const cwd = process.cwd();
  const coverage = changeCoverage(args.operatorVersion);
  if (coverage.kind === 'unmodelled') throw new UsageError(`--operator-version ${args.operatorVersion}: ${coverage.note}`);
  const options = { ...DEFAULT_OPTIONS, operatorVersion: args.operatorVersion };
  const [beforeFiles, afterFiles] = args.base !== undefined
    ? [baseFiles(args.base, args.paths.length ? args.paths : [repositoryRoot(cwd)], cwd), readAll(args.paths.length ? args.paths : [repositoryRoot(cwd)], cwd)]
    : [readAll([args.paths[0] ?? ''], cwd), readAll([args.paths[1] ?? ''], cwd)];
  const before = analyzeSet(beforeFiles, options);
  const after = analyzeSet(afterFiles, options);
  const errors = currentErrors(after, args.operatorVersion);
  const changes = compareSides({ before: sideOfSet(before), after: sideOfSet(after), currentError: errors }, options);
  const entries = changeEntries(changes, lines(before, after));
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

/** The validator errors the rules find in the current files, per resource. */
function currentErrors(set: readonly FileAnalysis[], operatorVersion: string): (r: SideResource) => string | undefined {
  const all = allResources(set);
  const findings = new Map<string, Finding[]>(set.map(({ file, analysis }) => [file, lint(analysis, { ...DEFAULT_RULE_OPTIONS, operatorVersion }, { all }).findings]));
  return (r) => rejectingError(findings.get(r.file ?? '') ?? [], r.resource.span);
}

function lines(before: readonly FileAnalysis[], after: readonly FileAnalysis[]): (file: string, offset: number, base: boolean) => number {
  const index = (set: readonly FileAnalysis[]) => new Map<string, LineIndex>(set.map((f) => [f.file, f.analysis.lines]));
  const [b, a] = [index(before), index(after)];
  return (file, offset, base) => ((base ? b : a).get(file)?.position(offset).line ?? 0) + 1;
}
