/**
 * A file several overlays build on (a base shared by staging and prod) is analysed once per
 * overlay. What the user sees of it must not repeat: a finding every overlay has is one finding,
 * one that only some have says which. The editor (per open document) and the CLI (per run) both
 * merge this way, so the two list the same findings.
 */

import { baseName, dirName } from '../sources/paths';
import { SetAnalysis, SetFinding } from './types';

/** The shortest names that tell the overlays apart: their paths below the folder they share. */
export function overlayLabels(roots: readonly string[]): string[] {
  let common = dirName(roots[0] ?? '');
  while (common && !roots.every((r) => r.startsWith(`${common}/`)) && dirName(common) !== common) common = dirName(common);
  const prefix = common === '/' || !common ? '' : `${common}/`;
  return roots.map((r) => (prefix && r.startsWith(prefix) ? r.slice(prefix.length) : baseName(r) || r));
}

/** Groups equal items of several sets; `sets` are the labels of the sets each group came from. */
export function groupAcross<T>(perSet: ReadonlyArray<readonly T[]>, labels: readonly string[], key: (item: T) => string): Array<{ item: T; sets: string[] }> {
  const byKey = new Map<string, { item: T; sets: string[] }>();
  perSet.forEach((items, i) => {
    const label = labels[i] ?? '';
    for (const item of items) {
      const k = key(item);
      const entry = byKey.get(k);
      if (!entry) byKey.set(k, { item, sets: [label] });
      else if (!entry.sets.includes(label)) entry.sets.push(label);
    }
  });
  return [...byKey.values()];
}

export const overlayNote = (sets: readonly string[]) => ` (overlay ${sets.join(', ')})`;

/** The findings of every set, each finding on a shared file once; charts are never shared. */
export function mergedSetFindings(sets: readonly SetAnalysis[]): SetFinding[] {
  const overlays = sets.filter((s) => s.kind === 'overlay');
  const labels = overlayLabels(overlays.map((s) => s.root));
  const readers = (file: string) => overlays.flatMap((s, i) => (s.inputs.includes(file) ? [labels[i] ?? ''] : []));
  const key = (f: SetFinding) => JSON.stringify([f.file, f.rule, f.severity, f.span.start, f.span.end, f.message]);
  const merged = groupAcross(overlays.map((s) => s.findings), labels, key).map(({ item, sets: found }) => {
    const all = readers(item.file);
    return found.length >= all.length || all.length < 2 ? item : { ...item, message: `${item.message}${overlayNote(found)}` };
  });
  return [...sets.filter((s) => s.kind !== 'overlay').flatMap((s) => s.findings), ...merged];
}
