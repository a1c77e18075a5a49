/**
 * The last state of each YAML document that parsed. While a document has a syntax error its tree
 * is the parser's guess, so the projection features (CodeLens, the preview, the status bar) show
 * the numbers of the last version that parsed, say that they wait for valid YAML, and inlay
 * hints pause. Documents are matched by their position in the file and their kind.
 */

import { ResourceAnalysis } from './core/analysis';
import { FileResult, ChunkResult } from './core/incremental/analyzer';

export class LastValid {
  private readonly byUri = new Map<string, Map<number, readonly ResourceAnalysis[]>>();

  /** Remembers every document of the file that parsed and has projected resources. */
  record(uri: string, file: FileResult): void {
    let chunks = this.byUri.get(uri);
    file.chunks.forEach((chunk, i) => {
      const resources = chunk.analysis.resources;
      if (!resources.length || syntaxErrorAt(chunk) !== undefined) return;
      if (!chunks) this.byUri.set(uri, (chunks = new Map()));
      chunks.set(i, resources);
    });
  }

  /** The last valid resources of the document at this position, if they are of the same kinds. */
  of(uri: string, file: FileResult, chunk: ChunkResult): readonly ResourceAnalysis[] | undefined {
    const last = this.byUri.get(uri)?.get(file.chunks.indexOf(chunk));
    const kinds = (list: readonly ResourceAnalysis[]) => list.map((r) => r.resource.kind).join();
    return last && kinds(last) === kinds(chunk.analysis.resources) ? last : undefined;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}

/** Chunk-relative offset of the document's first syntax error, if it has one. */
export function syntaxErrorAt(chunk: ChunkResult): number | undefined {
  const offsets = chunk.analysis.resources.flatMap((r) => r.resource.document.errors.map((e) => e.pos[0]));
  return offsets.length ? Math.min(...offsets) : undefined;
}

export interface Shown {
  readonly chunk: ChunkResult;
  /** The resource as shown: the current one, or the last valid one while the YAML is broken. */
  readonly resource: ResourceAnalysis;
  /** Set while the document has a syntax error: the 1-based line of the error, and whether the numbers are the last valid ones. */
  readonly waiting?: { readonly line: number; readonly lastValid: boolean };
}

/** The projected resources of a file as the projection features show them, in file order. */
export function shownResources(lastValid: LastValid, uri: string, file: FileResult): Shown[] {
  return file.chunks.flatMap((chunk) => {
    const error = syntaxErrorAt(chunk);
    const current = chunk.analysis.resources.filter((r) => r.projection);
    if (error === undefined) return current.map((resource) => ({ chunk, resource }));
    const line = file.lines.position(chunk.start + error).line + 1;
    const last = lastValid.of(uri, file, chunk)?.filter((r) => r.projection);
    return (last ?? current).map((resource) => ({ chunk, resource, waiting: { line, lastValid: !!last } }));
  });
}

/** What the projection features say while a document waits for valid YAML. */
export function waitingNote(waiting: NonNullable<Shown['waiting']>): string {
  return waiting.lastValid
    ? `YAML syntax error on line ${waiting.line}: showing the last version that parsed until it is fixed.`
    : `YAML syntax error on line ${waiting.line}: waiting for valid YAML; these numbers are from the parser's guess.`;
}
