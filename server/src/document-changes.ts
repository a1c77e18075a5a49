/**
 * The base text of each open document (sent by the client from VS Code's git extension; the
 * server never runs git) and the changes of the document's current text against it. The base
 * is read once per text and settings; the current side reuses the incremental analysis.
 */

import { analyze, AnalysisOptions } from './core/analysis';
import { compareSides } from './core/changes/compare';
import { changeCoverage } from './core/changes/coverage';
import { SideResource } from './core/changes/facts';
import { rejectingError } from './core/changes/rejecting-rules';
import { ResourceChange } from './core/changes/types';
import { FileResult } from './core/incremental/analyzer';
import { FlinkResource } from './core/model/types';
import { SpecJson } from './core/changes/spec-json';
import { Finding } from './core/rules/types';

interface Base {
  readonly text: string;
  readonly ref: string;
  /** The base's resources and the specs read from both sides, for the settings in `key`. */
  side?: { readonly key: string; readonly resources: readonly SideResource[]; readonly specs: WeakMap<FlinkResource, SpecJson> };
}

export interface DocumentChanges {
  /** The git ref the base came from, e.g. HEAD. */
  readonly ref: string;
  readonly changes: readonly ResourceChange[];
  /** Why nothing is predicted although the text differs from its base (an operator release outside the modelled ones). */
  readonly note?: string;
}

export class BaseTexts {
  private readonly bases = new Map<string, Base>();

  /** Sets or clears a document's base; true when that changes anything. */
  set(uri: string, text: string | null, ref: string): boolean {
    const old = this.bases.get(uri);
    if (text === null) return this.bases.delete(uri);
    if (old && old.text === text && old.ref === ref) return false;
    this.bases.set(uri, { text, ref });
    return true;
  }

  forget(uri: string): void {
    this.bases.delete(uri);
  }

  /**
   * The changes of a document against its base, or undefined when it has none. A failure costs
   * the change information only, never the document's analysis (`log` says why).
   */
  changesFor(uri: string, file: FileResult, findings: readonly Finding[], options: AnalysisOptions, elsewhere: readonly FlinkResource[], log: (message: string) => void): DocumentChanges | undefined {
    try {
      return this.compute(uri, file, findings, options, elsewhere);
    } catch (error) {
      log(`change impact failed for ${uri}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return undefined;
    }
  }

  private compute(uri: string, file: FileResult, findings: readonly Finding[], options: AnalysisOptions, elsewhere: readonly FlinkResource[]): DocumentChanges | undefined {
    const base = this.bases.get(uri);
    if (!base) return undefined;
    const coverage = changeCoverage(options.operatorVersion);
    if (coverage.kind === 'unmodelled') return { ref: base.ref, changes: [], ...(base.text === file.text ? {} : { note: coverage.note }) };
    const key = JSON.stringify(options);
    if (base.side?.key !== key) {
      const analysis = analyze(base.text, options);
      base.side = { key, resources: analysis.resources.map(({ resource, projection }) => ({ resource, projection, offset: 0, text: analysis.text })), specs: new WeakMap() };
    }
    const after: SideResource[] = file.chunks.flatMap((c) => c.analysis.resources.map(({ resource, projection }) => ({ resource, projection, offset: c.start, text: c.analysis.text })));
    const currentError = (r: SideResource) => rejectingError(findings, { start: r.resource.span.start + r.offset, end: r.resource.span.end + r.offset });
    const context = elsewhere.map((resource) => ({ resource, offset: 0 }));
    return { ref: base.ref, changes: compareSides({ before: base.side.resources, after, currentError, context, specs: base.side.specs }, options) };
  }
}
