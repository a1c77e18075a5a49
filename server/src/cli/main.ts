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
import { config } from './config';

const VERSION = '0.1.0';

export function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      out(`${USAGE}\n`);
      return 0;
    }
    const set = analyzeSet(readFiles(expandPaths(args.paths)), { ...DEFAULT_OPTIONS, operatorVersion: args.operatorVersion });
    if (args.command === 'config') return config(set, args, out);
    return args.command === 'check' ? check(set, args, out, err) : report(set, args, out);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const hint = error instanceof InputError ? '' : ' (see flink-k8s --help)';
    err(`flink-k8s: ${error.message}${hint}\n`);
    return 2;
  }
}

function report(set: FileAnalysis[], args: CliArgs, out: (s: string) => void): number {
  const rows: ResourceRow[] = set.flatMap(({ file, analysis }) =>
    analysis.resources.flatMap(({ resource, projection }) => (projection ? [resourceRow(file, analysis.lines, resource, projection)] : [])),
  );
  out(args.format === 'json' ? `${JSON.stringify({ resources: rows }, null, 2)}\n` : renderText(rows));
  return 0;
}

function check(set: FileAnalysis[], args: CliArgs, out: (s: string) => void, err: (s: string) => void): number {
  const { findings, ruleErrors } = checkSet(set, args.operatorVersion);
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
