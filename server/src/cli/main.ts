/**
 * `flink-k8s` command line: reads YAML files, analyses every Flink resource in them together
 * (so session jobs find their session cluster across files) and prints a report.
 * Exit codes: 0 success, 2 bad usage or unreadable input.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { readResources, DEFAULT_OPTIONS } from '../core/analysis';
import { projectAll } from '../core/projection/links';
import { resourceRow, ResourceRow } from '../core/report/row';
import { FlinkResource } from '../core/model/types';
import { LineIndex } from '../core/text/line-index';
import { parseArgs, USAGE } from './args';
import { expandPaths, UsageError } from './files';
import { renderText } from './report-text';

export function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      out(`${USAGE}\n`);
      return 0;
    }
    const rows = report(expandPaths(args.paths), args.operatorVersion);
    out(args.format === 'json' ? `${JSON.stringify({ resources: rows }, null, 2)}\n` : renderText(rows));
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const hint = error.message.startsWith('no such') || error.message.startsWith('cannot read') ? '' : ' (see flink-k8s --help)';
    err(`flink-k8s: ${error.message}${hint}\n`);
    return 2;
  }
}

function report(files: readonly string[], operatorVersion: string): ResourceRow[] {
  const found: Array<{ file: string; lines: LineIndex; resource: FlinkResource }> = [];
  for (const file of files) {
    const { parsed, resources } = readResources(readText(file));
    for (const resource of resources) found.push({ file: path.relative(process.cwd(), file) || file, lines: parsed.lines, resource });
  }
  const projections = projectAll(found.map((f) => f.resource), { ...DEFAULT_OPTIONS, operatorVersion });
  const rows: ResourceRow[] = [];
  found.forEach((f, i) => {
    const projection = projections[i];
    if (projection) rows.push(resourceRow(f.file, f.lines, f.resource, projection));
  });
  return rows;
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
