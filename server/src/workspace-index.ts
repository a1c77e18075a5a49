/**
 * Every Flink resource (and HPA/KEDA scaler) in the workspace folders, open or not, so rules can
 * relate resources across files: a session job's cluster, a scaler's target. Scanned once at
 * start, then kept current from file events and from the open documents. It only sees texts:
 * listing and reading files is the host's (server/src/host/files.ts).
 */

import { FlinkResource } from './core/model/types';
import { Scaler } from './core/rules/scalers';
import { ChunkRead, readChunk } from './core/incremental/chunk-read';
import { splitDocuments } from './core/incremental/split';
import { shiftScaler } from './core/incremental/shift';
import { nameOf, namespaceOf } from './core/projection/links';
import { deploymentName } from './core/projection/cluster-context';
import { isOversized, mentionsFlink } from './core/size-limit';

export interface IndexedFile {
  readonly uri: string;
  /** Chunk-relative, like an open document's (each YAML document is read on its own text). */
  readonly resources: readonly FlinkResource[];
  /** Whole-file offsets, with the file's URI. */
  readonly scalers: readonly Scaler[];
  /** The file's YAML documents as read from disk, for the analyzer of the file once it is opened. */
  readonly chunks?: ReadonlyArray<{ readonly text: string; readonly read: ChunkRead }>;
}

export class WorkspaceIndex {
  private readonly files = new Map<string, IndexedFile>();

  /** A file's text as the host read it (undefined: gone or unreadable); true when the index had or now has it. */
  updateFile(uri: string, text: string | undefined): boolean {
    return text === undefined || isOversized(text) ? this.remove(uri) : this.update(uri, text);
  }

  update(uri: string, text: string): boolean {
    if (!mentionsFlink(text)) return this.remove(uri);
    // Read like an open document (analyzer.ts), so that opening the file reuses these reads.
    const chunks = splitDocuments(text).map((c) => ({ start: c.start, text: c.text, read: readChunk(c.text) }));
    const resources = chunks.flatMap((c) => c.read.parsed.resources);
    const scalers = chunks.flatMap((c) => c.read.scalers.map((x) => ({ ...shiftScaler(x, c.start), uri })));
    this.files.set(uri, { uri, resources, scalers, chunks });
    return true;
  }

  /** What the index read of a file from disk (undefined once an open document's analysis replaced it). */
  chunksOf(uri: string): IndexedFile['chunks'] {
    return this.files.get(uri)?.chunks;
  }

  /** An open document's resources, straight from its (incremental) analysis; true if its links changed. */
  setAnalysed(uri: string, resources: readonly FlinkResource[], scalers: readonly Scaler[]): boolean {
    const before = this.files.get(uri);
    const signature = (f?: IndexedFile) => (f ? [...f.resources.map((r) => `${r.kind}/${nameOf(r)}/${namespaceOf(r)}/${deploymentName(r)}/${!!r.spec?.job}`), ...f.scalers.map((s) => s.target)].join('|') : '');
    const next = { uri, resources, scalers };
    if (resources.length || scalers.length) this.files.set(uri, next);
    else this.files.delete(uri);
    return signature(before) !== signature(resources.length || scalers.length ? next : undefined);
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  /** True when the file was indexed. */
  remove(uri: string): boolean {
    return this.files.delete(uri);
  }

  /** Resources of every indexed file except `uri` (whose fresh text the caller analyses). */
  resourcesExcept(uri: string): FlinkResource[] {
    const out: FlinkResource[] = [];
    for (const [u, f] of this.files) if (u !== uri) out.push(...f.resources);
    return out;
  }

  scalersExcept(uri: string): Scaler[] {
    const out: Scaler[] = [];
    for (const [u, f] of this.files) if (u !== uri) out.push(...f.scalers);
    return out;
  }

  /** Files that hold Flink resources, in a stable order. */
  uris(): string[] {
    return [...this.files.keys()].filter((u) => this.files.get(u)?.resources.length).sort();
  }

  get size(): number {
    return this.files.size;
  }
}
