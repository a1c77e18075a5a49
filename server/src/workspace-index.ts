/**
 * Every Flink resource (and HPA/KEDA scaler) in the workspace folders, open or not, so rules can
 * relate resources across files: a session job's cluster, a scaler's target. Scanned once at
 * start, then kept current from file events and from the open documents.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readResources } from './core/analysis';
import { FlinkResource } from './core/model/types';
import { otherDocuments } from './core/rules/other-documents';
import { Scaler, scalersIn } from './core/rules/scalers';
import { nameOf, namespaceOf } from './core/projection/links';
import { deploymentName } from './core/projection/cluster-context';
import { MAX_ANALYSED_LENGTH, mentionsFlink } from './core/size-limit';

const SKIP = new Set(['node_modules', '.git', '.vscode-test', 'out', 'dist']);
/** Our bound on the indexing walk at start-up, so a huge monorepo cannot stall it. */
const MAX_FILES = 5000;

export interface IndexedFile {
  readonly uri: string;
  readonly resources: readonly FlinkResource[];
  readonly scalers: readonly Scaler[];
}

export class WorkspaceIndex {
  private readonly files = new Map<string, IndexedFile>();

  /** Lists the YAML files below the folders (bounded), for a scan with progress. */
  static listFiles(folders: readonly string[]): string[] {
    const out: string[] = [];
    const walk = (dir: string) => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (out.length >= MAX_FILES) return;
        const full = path.join(dir, e.name);
        if (e.isDirectory() && !SKIP.has(e.name)) walk(full);
        else if (e.isFile() && /\.ya?ml$/i.test(e.name)) out.push(full);
      }
    };
    for (const folder of folders) walk(folder);
    return out;
  }

  /** Reads a file from disk; true when the index had or now has it (so other files may see a change). */
  indexFile(file: string): boolean {
    const uri = pathToFileURL(file).toString();
    try {
      if (fs.statSync(file).size > MAX_ANALYSED_LENGTH) return this.remove(uri); // the analysis would skip it anyway
      return this.update(uri, fs.readFileSync(file, 'utf8'));
    } catch {
      return this.remove(uri);
    }
  }

  update(uri: string, text: string): boolean {
    if (!mentionsFlink(text)) return this.remove(uri);
    const { parsed, resources } = readResources(text);
    const others = otherDocuments(parsed, new Set(resources.map((r) => r.documentIndex)));
    this.files.set(uri, { uri, resources, scalers: scalersIn(text, others, uri) });
    return true;
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

  static toPath(uri: string): string | undefined {
    try {
      return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    } catch {
      return undefined;
    }
  }
}
