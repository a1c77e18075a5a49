/**
 * What the analyzer keeps per chunk text: the read, and what the options and links decide
 * (projections, findings), each valid as long as what it was computed from.
 */

import { project } from '../projection/project';
import { Finding } from '../rules/types';
import { ChunkRead } from './chunk-read';
import { shiftFinding } from './shift';

export interface Cached extends ChunkRead {
  projections?: ReadonlyArray<ReturnType<typeof project> | undefined>;
  /** The projections were made with links to other resources, so they may not be reused. */
  projectedLinked?: boolean;
  findings?: readonly Finding[];
  /** The findings at whole-text offsets, while the chunk starts where it did and its findings are the same. */
  shifted?: { readonly start: number; readonly from: readonly Finding[]; readonly findings: readonly Finding[] };
  /** Findings of a document with linked resources, valid while the links are (same version, same offset). */
  linkedFindings?: { readonly version: number; readonly start: number; readonly findings: readonly Finding[] };
}

/** A cache entry for a read, with nothing derived from options yet. */
export function fresh(read: ChunkRead): Cached {
  return { parsed: read.parsed, scalers: read.scalers };
}

/** A linked document's findings while its links and its offset are what they were (a scaler's own document is always re-checked). */
export function stillLinked(entry: Cached, version: number | undefined, start: number): readonly Finding[] | undefined {
  const last = entry.linkedFindings;
  return last && last.version === version && last.start === start ? last.findings : undefined;
}

/** A chunk's findings at whole-text offsets, shifted again only when the chunk moved or its findings changed. */
export function shiftedFindings(entry: Cached, result: { readonly start: number; readonly findings: readonly Finding[] }): readonly Finding[] {
  const last = entry.shifted;
  if (last && last.start === result.start && last.from === result.findings) return last.findings;
  const findings = result.start === 0 ? result.findings : result.findings.map((f) => shiftFinding(f, result.start));
  entry.shifted = { start: result.start, from: result.findings, findings };
  return findings;
}
