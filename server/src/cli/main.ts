/**
 * `flink-k8s` command line: reads YAML files, analyses every Flink resource in them together
 * (so session jobs find their session cluster across files) and prints a report or the findings.
 * Exit codes: 0 success, 1 findings over the limit (check), 2 bad usage or unreadable input.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_OPTIONS } from '../core/analysis';
import { analyzeSet, FileAnalysis } from '../core/file-set';
import { resourceRow, ResourceRow } from '../core/report/row';
import { CliArgs, parseArgs, USAGE } from './args';
import { expandPaths, InputError, UsageError } from './files';
import { renderText } from './report-text';
import { checkSet, exitCode, renderCheckText } from './check';
import { renderSarif } from './sarif';
import { FsTree } from './fs-tree';
import { analyzeSets, positionSetFinding, setRows } from './sets';
import { discover } from '../core/sets/discover';
import { SetAnalysis } from '../core/sets/types';
import { DEFAULT_RULE_OPTIONS } from '../core/rules/options';
import { parseChangesArgs } from './changes-args';
import { runChanges } from './changes';

const VERSION = '0.1.0';

export function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  try {
    if (argv[0] === 'changes') return runChanges(parseChangesArgs(argv.slice(1)), out);
    const args = parseArgs(argv);
    if (args.command === 'help') {
      out(`${USAGE}\n`);
      return 0;
    }
    const tree = new FsTree();
    const { files, charts, overlays } = inputs(tree, args.paths);
    const set = analyzeSet(readFiles(files), { ...DEFAULT_OPTIONS, operatorVersion: args.operatorVersion });
    const sets = analyzeSets(tree, charts, overlays, { ...DEFAULT_RULE_OPTIONS, operatorVersion: args.operatorVersion }, args);
    for (const s of sets) for (const note of s.notes) err(`flink-k8s: ${note}\n`);
    return args.command === 'check' ? check(set, sets, tree, args, out, err) : report(set, sets, tree, args, out);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const hint = error instanceof InputError ? '' : ' (see flink-k8s --help)';
    err(`flink-k8s: ${error.message}${hint}\n`);
    return 2;
  }
}

/** Folders become charts, overlays and the YAML files outside them; files stay files. */
function inputs(tree: FsTree, paths: readonly string[]): { files: string[]; charts: string[]; overlays: string[] } {
  const files: string[] = [];
  const charts: string[] = [];
  const overlays: string[] = [];
  for (const p of paths) {
    const list = tree.list(path.resolve(p));
    if (list === undefined) {
      files.push(...expandPaths([p]));
      continue;
    }
    const found = discover(tree, [path.resolve(p)]);
    files.push(...found.files);
    charts.push(...found.charts);
    overlays.push(...found.overlays);
  }
  return { files, charts, overlays };
}

function report(set: FileAnalysis[], sets: readonly SetAnalysis[], tree: FsTree, args: CliArgs, out: (s: string) => void): number {
  const rows: ResourceRow[] = [
    ...set.flatMap(({ file, analysis }) => analysis.resources.flatMap(({ resource, projection }) => (projection ? [resourceRow(file, analysis.lines, resource, projection)] : []))),
    ...sets.flatMap((s) => setRows(tree, s)),
  ];
  out(args.format === 'json' ? `${JSON.stringify({ resources: rows }, null, 2)}\n` : renderText(rows));
  return 0;
}

function check(set: FileAnalysis[], sets: readonly SetAnalysis[], tree: FsTree, args: CliArgs, out: (s: string) => void, err: (s: string) => void): number {
  const { findings: own, ruleErrors } = checkSet(set, args.operatorVersion);
  const findings = [...own, ...sets.flatMap((s) => s.findings.map((f) => positionSetFinding(tree, f)))];
  for (const e of ruleErrors) err(`flink-k8s: internal error in rule ${e.split('\n')[0]}\n`);
  if (args.format === 'json') out(`${JSON.stringify({ findings }, null, 2)}\n`);
  else if (args.format === 'sarif') out(renderSarif(findings, VERSION));
  else out(renderCheckText(findings));
  return exitCode(findings, args.maxWarnings);
}

function readFiles(files: readonly string[]): Array<{ file: string; text: string }> {
  return files.map((file) => {
    try {
      return { file: path.relative(process.cwd(), file) || file, text: fs.readFileSync(file, 'utf8') };
    } catch (error) {
      throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  });
}
