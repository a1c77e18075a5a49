/**
 * `flink-k8s` command line: reads YAML files (or standard input), analyses every Flink resource
 * in them together (so session jobs find their session cluster across files) and prints a
 * report or the findings. For report and check, Helm charts and kustomize overlays among the
 * folders are rendered and built first, and reported on their source files. Exit codes: 0
 * success, 1 findings over the limit (check) or no Flink resource with --require-resources, 2 bad
 * usage or unreadable input.
 */

import { DEFAULT_OPTIONS } from '../core/analysis';
import { analyzeSet, FileAnalysis } from '../core/file-set';
import { resourceRow, ResourceRow } from '../core/report/row';
import { VERSION } from '../version';
import { CliArgs, parseArgs, USAGE } from './args';
import { InputError, UsageError } from './files';
import { readInputs } from './inputs';
import { renderText } from './report-text';
import { checkSet, exitCode, renderCheckText } from './check';
import { renderSarif } from './sarif';
import { plural } from '../core/format/numbers';
import { CLI_SIZE_LIMIT, InputBudget } from './input-limit';
import { parseChangesArgs } from './changes-args';
import { runChanges } from './changes';
import { HELP } from './help';
import { config } from './config';
import { FsTree } from './fs-tree';
import { analyzeSets, findSets, positionSetFinding, setRows } from './sets';
import { SetAnalysis } from '../core/sets/types';
import { mergedSetFindings } from '../core/sets/shared-files';
import { operatorVersionNote } from './operator-note';
import { DEFAULT_RULE_OPTIONS } from '../core/rules/options';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** All of standard input, read only when a path is `-`. */
  stdin(): Promise<string>;
  readonly cwd: string;
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    // No command at all (an empty variable in a CI script) is bad usage, not a pass.
    if (argv.length === 0) {
      io.err(`${USAGE}\n`);
      return 2;
    }
    if (argv[0] === 'changes') return changes(argv.slice(1), io);
    const args = parseArgs(argv);
    if (args.command === 'help' || args.command === 'version') {
      io.out(`${args.command === 'help' ? args.help : VERSION}\n`);
      return 0;
    }
    const versionNote = operatorVersionNote(args.operatorVersion);
    if (versionNote) io.err(`flink-k8s: ${versionNote}\n`);
    // `config` reads every file as written; report and check render charts and build overlays.
    const budget = new InputBudget();
    const tree = new FsTree(budget);
    const found = args.command === 'config' ? { paths: [...args.paths], charts: [], overlays: [] } : findSets(tree, args.paths, io.cwd);
    const inputs = await readInputs(found.paths, args.stdinFilename, io, budget);
    const set = analyzeSet(inputs, { ...DEFAULT_OPTIONS, operatorVersion: args.operatorVersion, ...CLI_SIZE_LIMIT });
    const sets = analyzeSets(tree, found.charts, found.overlays, { ...DEFAULT_RULE_OPTIONS, operatorVersion: args.operatorVersion, ...CLI_SIZE_LIMIT }, args, io.cwd);
    // A chart or overlay file past the bound was not read: stop rather than judge the set without it.
    budget.check();
    for (const s of sets) for (const note of s.notes) io.err(`flink-k8s: ${note}\n`);
    const none = set.every((f) => f.analysis.resources.length === 0) && sets.every((s) => s.outputs.every((o) => !o.analysis.resources.length));
    if (none) io.err(`flink-k8s: no Flink resource (apiVersion flink.apache.org/...) in ${inputsNamed(inputs.length, sets.length)}${args.requireResources ? '' : '; nothing to report (--require-resources makes this an error)'}\n`);
    const code = args.command === 'config' ? config(set, args, io.out) : args.command === 'check' ? check(set, sets, tree, args, io) : report(set, sets, tree, args, io);
    return none && args.requireResources ? Math.max(code, 1) : code;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const hint = error instanceof InputError ? '' : ' (see flink-k8s --help)';
    io.err(`flink-k8s: ${error.message}${hint}\n`);
    return 2;
  }
}

function changes(argv: readonly string[], io: CliIo): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(`${HELP.changes}\n`);
    return 0;
  }
  if (argv.includes('--version')) {
    io.out(`${VERSION}\n`);
    return 0;
  }
  return runChanges(parseChangesArgs(argv), io.out);
}

/** "3 YAML inputs", and the charts and overlays when there are some. */
function inputsNamed(files: number, sets: number): string {
  return sets ? `${plural(files, 'YAML input')} and ${plural(sets, 'chart or overlay', 'charts or overlays')}` : plural(files, 'YAML input');
}

function report(set: FileAnalysis[], sets: readonly SetAnalysis[], tree: FsTree, args: CliArgs, io: CliIo): number {
  const rows: ResourceRow[] = [
    ...set.flatMap(({ file, analysis }) => analysis.resources.flatMap(({ resource, projection }) => (projection ? [resourceRow(file, analysis.lines, resource, projection)] : []))),
    ...sets.flatMap((s) => setRows(tree, s, io.cwd)),
  ];
  io.out(args.format === 'json' ? `${JSON.stringify({ resources: rows }, null, 2)}\n` : renderText(rows));
  return 0;
}

function check(set: FileAnalysis[], sets: readonly SetAnalysis[], tree: FsTree, args: CliArgs, io: CliIo): number {
  const { findings: own, ruleErrors } = checkSet(set, args.operatorVersion);
  const findings = [...own, ...mergedSetFindings(sets).map((f) => positionSetFinding(tree, f, io.cwd))];
  for (const e of ruleErrors) io.err(`flink-k8s: internal error in rule ${e.split('\n')[0]}\n`);
  if (args.format === 'json') io.out(`${JSON.stringify({ findings }, null, 2)}\n`);
  else if (args.format === 'sarif') io.out(renderSarif(findings, VERSION, io.cwd));
  else io.out(renderCheckText(findings));
  return exitCode(findings, args.maxWarnings);
}
