/**
 * Several texts analysed as one set (the CLI's files, later the workspace): each file is parsed
 * on its own, then all resources are projected together so that session jobs find their session
 * cluster and scalers their target in any file.
 */

import { Analysis, AnalysisOptions, ResourceAnalysis, readResources } from './analysis';
import { projectAll } from './projection/links';
import { ReasonSpan } from './yaml/templates';

export interface FileAnalysis {
  readonly file: string;
  readonly analysis: Analysis;
}

export function analyzeSet(files: ReadonlyArray<{ file: string; text: string; unknowns?: readonly ReasonSpan[] }>, options: AnalysisOptions): FileAnalysis[] {
  const read = files.map(({ file, text, unknowns }) => ({ file, text, ...safeRead(text, unknowns, options.maxLength) }));
  const all = read.flatMap((r) => r.resources);
  const projections = projectAll(all, options);
  let next = 0;
  return read.map(({ file, text, parsed, resources }) => {
    const analyses: ResourceAnalysis[] = resources.map((resource) => ({ resource, projection: projections[next++] }));
    return { file, analysis: { text, parsed, lines: parsed.lines, resources: analyses } };
  });
}

function safeRead(text: string, unknowns: readonly ReasonSpan[] | undefined, maxLength: number | undefined): ReturnType<typeof readResources> {
  try {
    return readResources(text, unknowns, maxLength);
  } catch {
    return readResources('');
  }
}

/** Every resource of the set, for rules that relate resources across files. */
export function allResources(set: readonly FileAnalysis[]): ResourceAnalysis[] {
  return set.flatMap((f) => f.analysis.resources);
}
