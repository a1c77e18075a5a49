/**
 * Incremental analysis of one open document. The text is split into its YAML documents; each is
 * parsed, modelled, projected and checked on its own text and cached by that text, so after a
 * keystroke only the edited document (and resources linked to others: session jobs and clusters,
 * scaled deployments) is analysed again. Results are chunk-relative; `FileResult` holds each
 * chunk with its offset, and whole-text findings.
 */

import { Analysis, ResourceAnalysis } from '../analysis';
import { FlinkResource } from '../model/types';
import { LineIndex } from '../text/line-index';
import { project } from '../projection/project';
import { projectAll } from '../projection/links';
import { lint } from '../rules/run';
import { Finding, RuleOptions } from '../rules/types';
import { Scaler } from '../rules/scalers';
import { splitDocuments } from './split';
import { isOversized } from '../size-limit';
import { shiftScaler } from './shift';
import { readSuppressions } from '../rules/suppressions';
import { linkedResources } from './links';
import { patchValueEdit } from '../yaml/value-edit';
import { ChunkRead, readChunk } from './chunk-read';
import { Cached, fresh, shiftedFindings, stillLinked } from './cached';

export type { ChunkRead };

export interface ChunkResult {
  /** Offset of the chunk in the whole text. */
  readonly start: number;
  /** The chunk's analysis; every span in it is relative to the chunk. */
  readonly analysis: Analysis;
  readonly findings: readonly Finding[];
}

export interface FileResult {
  readonly text: string;
  /** Line starts of the whole text (computed on first use). */
  readonly lines: LineIndex;
  readonly chunks: readonly ChunkResult[];
  /** Findings of all chunks, at whole-text offsets. */
  readonly findings: readonly Finding[];
  readonly ruleErrors: readonly string[];
  /** This text's HPAs and ScaledObjects that target FlinkDeployments. */
  readonly scalers: readonly Scaler[];
}

/** Resources and scalers of other files (the workspace), with their projections. */
export interface Surroundings {
  readonly resources: readonly FlinkResource[];
  readonly scalers: readonly Scaler[];
}

/** What linked documents depend on, and what was computed from it. */
interface Links {
  readonly deps: readonly unknown[];
  readonly projections: Map<FlinkResource, ReturnType<typeof project> | undefined>;
  readonly version: number;
}

export class IncrementalAnalyzer {
  private cache = new Map<string, Cached>();
  private optionsKey = '';
  private lastOptions: RuleOptions | undefined;
  private links: Links | undefined;
  private linkVersion = 0;
  /** The last analysis' chunks in order, for edits inside one value. */
  private previous: ReadonlyArray<{ readonly text: string; readonly entry: Cached }> = [];

  analyze(text: string, options: RuleOptions, around: Surroundings = { resources: [], scalers: [] }): FileResult {
    if (options !== this.lastOptions) {
      const key = JSON.stringify(options);
      // What was read stays; what the options decide (projections, findings) is computed again.
      if (key !== this.optionsKey) [this.cache, this.optionsKey, this.links] = [new Map([...this.cache].map(([t, e]) => [t, fresh(e)])), key, undefined];
      this.lastOptions = options;
    }
    // Past the size limit the whole text is one chunk that readResources leaves unparsed.
    const chunks = isOversized(text) ? [{ start: 0, text }] : splitDocuments(text);
    const next = new Map<string, Cached>();
    const entries = chunks.map((c, i) => {
      const entry = next.get(c.text) ?? this.cache.get(c.text) ?? this.valueEdited(i, chunks.length, c.text) ?? fresh(readChunk(c.text));
      next.set(c.text, entry);
      return entry;
    });
    this.cache = next;
    this.previous = chunks.map((c, i) => ({ text: c.text, entry: entries[i] as Cached }));
    const everyResource = [...entries.flatMap((e) => e.parsed.resources), ...around.resources];
    const scalers = [...entries.flatMap((e) => e.scalers), ...around.scalers];
    const linkedOnes = new Set(everyResource.filter(linkedResources(everyResource, scalers)));
    const isLinked = (r: FlinkResource) => linkedOnes.has(r);
    const linkedProjection = this.linksFor(everyResource, isLinked, entries, chunks, around.scalers, options).projections;
    const chunkScalers = entries.some((e) => e.scalers.length > 0);
    const version = this.links?.version;
    const analyses = entries.map((e) => chunkAnalysis(e, isLinked, linkedProjection, options));
    const all: ResourceAnalysis[] = [...analyses.flatMap((a) => a.resources), ...around.resources.map((resource) => ({ resource, projection: linkedProjection.get(resource) }))];
    const ruleErrors: string[] = [];
    const results = chunks.map((c, i): ChunkResult => {
      const entry = entries[i] as Cached;
      const analysis = analyses[i] as Analysis;
      const ownScalers = entry.scalers.length > 0;
      const linked = ownScalers || entry.parsed.resources.some(isLinked);
      const reusable = linked ? (ownScalers ? undefined : stillLinked(entry, version, c.start)) : entry.findings;
      if (!reusable) {
        // The other chunks' scalers, with offsets relative to this chunk (lint finds this chunk's own).
        const elsewhere = !chunkScalers ? around.scalers : [...entries.flatMap((e, j) => (j === i ? [] : e.scalers.map((x) => shiftScaler(x, (chunks[j]?.start ?? 0) - c.start)))), ...around.scalers];
        const result = lint(analysis, options, { all, scalers: elsewhere });
        ruleErrors.push(...result.ruleErrors);
        if (!linked) entry.findings = result.findings;
        else if (version !== undefined) entry.linkedFindings = { version, start: c.start, findings: result.findings };
        return { start: c.start, analysis, findings: result.findings };
      }
      return { start: c.start, analysis, findings: reusable };
    });
    let lines: LineIndex | undefined;
    const lineIndex = () => (lines ??= new LineIndex(text));
    const kept = fileWideSuppressions(text, lineIndex, results);
    return {
      text, get lines() { return lineIndex(); }, chunks: kept, ruleErrors,
      findings: kept.flatMap((r, i) => shiftedFindings(entries[i] as Cached, r)),
      scalers: entries.flatMap((e, j) => e.scalers.map((x) => shiftScaler(x, chunks[j]?.start ?? 0))),
    };
  }

  /**
   * The chunk at the same place last time, when only a value inside it was typed in: its tree
   * patched instead of parsed again (yaml/value-edit.ts).
   */
  private valueEdited(i: number, count: number, text: string): Cached | undefined {
    const before = this.previous.length === count ? this.previous[i] : undefined;
    if (!before || before.text === text || isOversized(text)) return undefined;
    const parsed = patchValueEdit(before.entry.parsed.parsed, text);
    return parsed && fresh(readChunk(text, parsed));
  }

  /**
   * Chunks another reader already parsed (the workspace index, from the file on disk), so the
   * first analysis of a document that was just opened does not parse the same text again.
   */
  reuse(chunks: Iterable<{ readonly text: string; readonly read: ChunkRead }>): void {
    for (const c of chunks) if (!this.cache.has(c.text)) this.cache.set(c.text, fresh(c.read));
  }

  /**
   * Projections of the resources that are projected together (linked ones and session clusters),
   * recomputed only when one of them, or a scaler or its offset, changed: a keystroke in an
   * unrelated document reuses them and the linked documents' findings.
   */
  private linksFor(resources: readonly FlinkResource[], isLinked: (r: FlinkResource) => boolean, entries: readonly Cached[], chunks: ReadonlyArray<{ start: number }>, around: readonly Scaler[], options: RuleOptions): Links {
    const together = resources.filter((r) => isLinked(r) || (r.kind === 'FlinkDeployment' && !r.spec?.job));
    const deps = [...together, ...entries.flatMap((e, j) => (e.scalers.length ? [e.scalers, chunks[j]?.start] : [])), ...around];
    if (!this.links || !sameItems(this.links.deps, deps)) this.links = { deps, projections: projectTogether(together, options), version: ++this.linkVersion };
    return this.links;
  }
}

/**
 * Each chunk is linted on its own text, so a `# flink-k8s-disable` in one YAML document would only
 * silence that document; applied again over the whole text it silences the file, as documented.
 */
function fileWideSuppressions(text: string, lines: () => LineIndex, results: ChunkResult[]): ChunkResult[] {
  if (!text.includes('flink-k8s-disable')) return results;
  const suppressions = readSuppressions(text, lines());
  return results.map((r) => ({ ...r, findings: r.findings.filter((f) => !suppressions.isSuppressed(f.rule, f.span.start + r.start)) }));
}

/** Whether two dependency lists hold the same things (by identity: unchanged text keeps its objects). */
function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The chunk that holds a whole-text offset (the last one starting at or before it). */
export function chunkAt(file: FileResult, offset: number): ChunkResult | undefined {
  let found: ChunkResult | undefined;
  for (const c of file.chunks) if (c.start <= offset) found = c;
  return found;
}

/** Session jobs, the clusters they name and scaled deployments, projected together. */
function projectTogether(together: readonly FlinkResource[], options: RuleOptions): Map<FlinkResource, ReturnType<typeof project> | undefined> {
  const projections = projectAll(together, options);
  return new Map(together.map((r, i) => [r, projections[i]]));
}

function chunkAnalysis(entry: Cached, isLinked: (r: FlinkResource) => boolean, linked: Map<FlinkResource, ReturnType<typeof project> | undefined>, options: RuleOptions): Analysis {
  const { parsed, resources } = entry.parsed;
  const linkedNow = resources.some(isLinked);
  if (!entry.projections || linkedNow || entry.projectedLinked) {
    entry.projections = resources.map((r) => (linked.has(r) ? linked.get(r) : r.kind === 'FlinkStateSnapshot' || r.canary ? undefined : project(r, options)));
    entry.projectedLinked = linkedNow;
  }
  const projections = entry.projections;
  return { text: parsed.text, parsed, lines: parsed.lines, resources: resources.map((resource, i) => ({ resource, projection: projections[i] })) };
}
