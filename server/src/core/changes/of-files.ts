/**
 * What `flink-k8s changes` computes once its files are read: both sides analysed as file sets,
 * the current side checked by the rules (a change the operator's validator rejects), compared,
 * and written as entries with 1-based lines. Pure, so the benchmark times exactly this.
 */

import { DEFAULT_OPTIONS } from '../analysis';
import { analyzeSet, allResources, FileAnalysis } from '../file-set';
import { lint } from '../rules/run';
import { DEFAULT_RULE_OPTIONS } from '../rules/options';
import { Finding } from '../rules/types';
import { LineIndex } from '../text/line-index';
import { compareSides } from './compare';
import { SideResource } from './facts';
import { rejectingError } from './rejecting-rules';
import { changeEntries, ChangeEntry } from './report';
import { sideOfSet } from './side';

export type SourceFile = { readonly file: string; readonly text: string };

/** `limits`: what the caller bounds itself (the CLI counts its input: { maxLength: Infinity }). */
export function changesOfFiles(beforeFiles: readonly SourceFile[], afterFiles: readonly SourceFile[], operatorVersion: string, limits: { readonly maxLength?: number } = {}): ChangeEntry[] {
  const options = { ...DEFAULT_OPTIONS, operatorVersion, ...limits };
  const before = analyzeSet(beforeFiles, options);
  const after = analyzeSet(afterFiles, options);
  const errors = currentErrors(after, operatorVersion, limits);
  const changes = compareSides({ before: sideOfSet(before), after: sideOfSet(after), currentError: errors }, options);
  return changeEntries(changes, lines(before, after));
}

/** The validator errors the rules find in the current files, per resource. */
function currentErrors(set: readonly FileAnalysis[], operatorVersion: string, limits: { readonly maxLength?: number }): (r: SideResource) => string | undefined {
  const all = allResources(set);
  const findings = new Map<string, Finding[]>(set.map(({ file, analysis }) => [file, lint(analysis, { ...DEFAULT_RULE_OPTIONS, operatorVersion, ...limits }, { all }).findings]));
  return (r) => rejectingError(findings.get(r.file ?? '') ?? [], r.resource.span);
}

function lines(before: readonly FileAnalysis[], after: readonly FileAnalysis[]): (file: string, offset: number, base: boolean) => number {
  const index = (set: readonly FileAnalysis[]) => new Map<string, LineIndex>(set.map((f) => [f.file, f.analysis.lines]));
  const [b, a] = [index(before), index(after)];
  return (file, offset, base) => ((base ? b : a).get(file)?.position(offset).line ?? 0) + 1;
}
