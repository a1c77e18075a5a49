/**
 * One side of a comparison built from texts: each file read and all resources projected
 * together (file-set.ts), so a session job finds its cluster in another file of the same side.
 */

import { analyzeSet, FileAnalysis } from '../file-set';
import { SideResource } from './facts';
import { ChangeOptions } from './types';

export function sideOf(files: ReadonlyArray<{ file: string; text: string }>, options: ChangeOptions): SideResource[] {
  return sideOfSet(analyzeSet(files, options));
}

export function sideOfSet(set: readonly FileAnalysis[]): SideResource[] {
  return set.flatMap(({ file, analysis }) => analysis.resources.map(({ resource, projection }) => ({ resource, projection, offset: 0, file, text: analysis.text })));
}
