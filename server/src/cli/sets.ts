/** Charts and overlays on the command line: analysed as rendered, reported on their source files. */

import * as path from 'node:path';
import { analyzeChart } from '../core/sets/chart';
import { analyzeOverlay } from '../core/sets/overlay';
import { SetAnalysis, SetFinding } from '../core/sets/types';
import { mapOffset } from '../core/sourcemap/map-back';
import { resourceRow, ResourceRow } from '../core/report/row';
import { LineIndex } from '../core/text/line-index';
import { RuleOptions } from '../core/rules/types';
import { discover } from '../core/sets/discover';
import { FsTree } from './fs-tree';
import { PositionedFinding } from './check';

export interface SetArgs {
  readonly values: readonly string[];
  readonly set: readonly string[];
}

/** Folders among the paths become charts, overlays and the YAML files outside them; files and `-` stay as given. */
export function findSets(tree: FsTree, paths: readonly string[], cwd: string): { paths: string[]; charts: string[]; overlays: string[] } {
  const out = { paths: [] as string[], charts: [] as string[], overlays: [] as string[] };
  for (const p of paths) {
    const full = p === '-' ? undefined : path.resolve(cwd, p);
    if (full === undefined || tree.list(full) === undefined) {
      out.paths.push(p);
      continue;
    }
    const found = discover(tree, [full]);
    out.paths.push(...found.files);
    out.charts.push(...found.charts);
    out.overlays.push(...found.overlays);
  }
  return out;
}

export function analyzeSets(tree: FsTree, charts: readonly string[], overlays: readonly string[], options: RuleOptions, args: SetArgs, cwd: string): SetAnalysis[] {
  const valueFiles = args.values.map((v) => path.resolve(cwd, v));
  return [
    ...charts.map((c) => analyzeChart(tree, c, options, { valueFiles, set: args.set })),
    ...overlays.map((o) => analyzeOverlay(tree, o, options)),
  ];
}

/** A file as findings and reports show it: relative to the working folder, like the other inputs. */
const display = (file: string, cwd: string) => path.relative(cwd, file) || file;

function position(tree: FsTree, file: string, offset: number): { line: number; column: number } {
  const p = new LineIndex(tree.read(file) ?? '').position(offset);
  return { line: p.line + 1, column: p.column + 1 };
}

export function positionSetFinding(tree: FsTree, f: SetFinding, cwd: string): PositionedFinding {
  const start = position(tree, f.file, f.span.start);
  const end = position(tree, f.file, f.span.end);
  return {
    file: display(f.file, cwd), line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
    rule: f.rule, severity: f.severity, message: f.message,
    related: f.related.map((r) => ({ file: display(r.file, cwd), ...position(tree, r.file, r.span.start), message: r.message })),
    fixes: f.fixes.map((x) => ({
      title: x.title,
      preferred: !!x.preferred,
      edits: x.edits.map((e) => {
        const a = position(tree, e.file, e.span.start);
        const b = position(tree, e.file, e.span.end);
        return { file: display(e.file, cwd), line: a.line, column: a.column, endLine: b.line, endColumn: b.column, newText: e.newText };
      }),
    })),
  };
}

/** Report rows of a set: each resource at the file and line where it is written. */
export function setRows(tree: FsTree, s: SetAnalysis, cwd: string): ResourceRow[] {
  return s.outputs.flatMap(({ rendered, analysis }) => analysis.resources.flatMap(({ resource, projection }) => {
    if (!projection) return [];
    const at = mapOffset(rendered, resource.start);
    const row = resourceRow(display(at?.file ?? s.root, cwd), analysis.lines, resource, projection);
    return [{ ...row, line: at ? position(tree, at.file, at.span.start).line : row.line, unknown: [...row.unknown] }];
  }));
}
