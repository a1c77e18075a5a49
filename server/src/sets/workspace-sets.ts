/**
 * Which chart or overlay a file belongs to, and that set's analysis, kept while none of the files
 * it read changed. A file under a folder with Chart.yaml belongs to that chart; a file an overlay
 * reads (its kustomization, a base, a patch) belongs to the top overlay that builds it. The
 * workspace's Chart.yaml and kustomization files are listed once (again after file events that
 * may change them). Files come from the open documents and the FileSystemHost, by URI; the core
 * sees their paths, one SessionTree per origin (sets/uri-path.ts).
 */

import { FileChangeType } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeChart } from '../core/sets/chart';
import { analyzeOverlay } from '../core/sets/overlay';
import { topOverlays, TopOverlays } from '../core/sets/discover';
import { SetAnalysis } from '../core/sets/types';
import { KUSTOMIZATION_FILES } from '../core/kustomize/kustomization';
import { baseName, dirName, joinPath, normalizePath } from '../core/sources/paths';
import { RuleOptions } from '../core/rules/types';
import { FileSystemHost } from '../host/files';
import { SET_FILES } from '../protocol/files';
import { Settings } from '../protocol/settings';
import { documentView, SetDocumentView } from './document-view';
import { LabelledView, mergeViews } from './merge-views';
import { SessionTree } from './session-tree';
import { splitUri } from './uri-path';

interface SetRef {
  readonly kind: 'chart' | 'overlay';
  readonly root: string;
}

interface Cached {
  readonly key: string;
  readonly inputs: ReadonlyMap<string, string | undefined>;
  readonly analysis: SetAnalysis;
}

/** One origin's files and the analyses of its sets, by root folder. */
interface Space {
  readonly tree: SessionTree;
  readonly sets: Map<string, Cached>;
}

/** The folders of an origin that hold a Chart.yaml, and those that hold a kustomization file. */
interface Catalog {
  readonly charts: Set<string>;
  readonly overlays: Set<string>;
}

export class WorkspaceSets {
  private readonly spaces = new Map<string, Space>();
  /** Chart and overlay folders by origin, listed once. */
  private catalog: Promise<Map<string, Catalog>> | undefined;
  /** Which overlays are on top (no other builds on them) and what each reads, by origin. */
  private overlays: Promise<Map<string, TopOverlays>> | undefined;

  /** `folders`: the workspace folder URIs; `documents`: the open documents, whose text wins over the files. */
  constructor(private readonly host: FileSystemHost, private readonly folders: () => readonly string[], private readonly documents: () => readonly TextDocument[]) {}

  /** What a document shows as part of its chart or overlay; undefined when it belongs to none. */
  async view(uri: string, settings: Settings, options: RuleOptions): Promise<SetDocumentView | undefined> {
    const at = splitUri(uri);
    if (!at) return undefined;
    const space = this.space(at.origin);
    const views: LabelledView[] = [];
    for (const set of await this.setsOf(space, at.path)) views.push({ root: set.root, view: documentView(await this.analyse(space, set, settings, options), at.path, space.tree, (kind) => settings.inlayHints[kind]) });
    return mergeViews(views);
  }

  /** URIs of the other files the cached analysis of `uri`'s set read (their views depend on it). */
  dependents(uri: string): string[] {
    const at = splitUri(uri);
    const space = at && this.spaces.get(at.origin);
    if (!at || !space) return [];
    const sets = [...space.sets.values()].filter((c) => c.inputs.has(at.path));
    return sets.flatMap((c) => [...c.inputs.keys()]).filter((p) => p !== at.path).map((p) => space.tree.uriOf(p));
  }

  /**
   * Files changed outside the editor: forget them. True when a chart or overlay may show something
   * else now: a file one read changed, a Chart.yaml or kustomization changed, or a file was
   * created or deleted while a set is shown (a new template, a missing patch that now exists).
   */
  filesChanged(changes: ReadonlyArray<{ readonly uri: string; readonly type: FileChangeType }>): boolean {
    let affected = false;
    for (const { uri, type } of changes) {
      const at = splitUri(uri);
      if (!at) continue;
      const structural = type !== FileChangeType.Changed;
      const space = this.spaces.get(at.origin);
      space?.tree.forget(at.path, structural);
      const read = !!space && [...space.sets.values()].some((c) => c.inputs.has(at.path));
      const defining = isSetFile(at.path);
      if (structural || defining) this.forgetCatalog();
      affected = affected || defining || read || (structural && !!space?.sets.size);
    }
    return affected;
  }

  /** An open document changed: a kustomization may now read other files. */
  documentChanged(uri: string): void {
    const at = splitUri(uri);
    if (at && KUSTOMIZATION_FILES.includes(baseName(at.path))) this.overlays = undefined;
  }

  /** An open document closed: its set reads the file again (the editor's text may not have been saved). */
  documentClosed(uri: string): void {
    const at = splitUri(uri);
    if (at) this.spaces.get(at.origin)?.tree.forget(at.path, false);
    this.documentChanged(uri);
  }

  private forgetCatalog(): void {
    this.catalog = undefined;
    this.overlays = undefined;
  }

  /** The origin's tree, holding the open documents' current texts. */
  private space(origin: string): Space {
    let space = this.spaces.get(origin);
    if (!space) {
      space = { tree: new SessionTree(origin, this.host), sets: new Map() };
      this.spaces.set(origin, space);
    }
    const open = new Map<string, string>();
    for (const d of this.documents()) {
      const at = splitUri(d.uri);
      if (at?.origin === origin) open.set(at.path, d.getText());
    }
    space.tree.setOpen(open);
    return space;
  }

  /** The chart the file is in; else every top overlay that reads it (a shared base has several). */
  private async setsOf(space: Space, path: string): Promise<SetRef[]> {
    const { tree } = space;
    const roots = this.folders().map(splitUri).filter((f) => f?.origin === tree.origin).map((f) => normalizePath(f?.path ?? '/'));
    const inWorkspace = roots.some((r) => r === '/' || path.startsWith(`${r}/`));
    // Outside the workspace folders nothing was listed: look for a Chart.yaml above the file.
    const charts = inWorkspace ? (await this.listCatalog()).get(tree.origin)?.charts ?? new Set<string>() : undefined;
    const chart = charts ? nearest(path, (dir) => charts.has(dir), roots) : await tree.settle(() => nearest(path, (dir) => tree.read(joinPath(dir, 'Chart.yaml')) !== undefined, roots));
    if (chart) return [{ kind: 'chart', root: chart }];
    const overlays = (await this.topOverlays()).get(tree.origin);
    return (overlays?.overlays ?? []).filter((dir) => overlays?.reads.get(dir)?.has(path)).map((root) => ({ kind: 'overlay', root }));
  }

  private async analyse(space: Space, set: SetRef, settings: Settings, options: RuleOptions): Promise<SetAnalysis> {
    const { tree } = space;
    const key = JSON.stringify([set.kind, options, settings.helm]);
    const cached = space.sets.get(set.root);
    if (cached && cached.key === key && (await tree.settle(() => [...cached.inputs].every(([f, text]) => tree.read(f) === text)))) return cached.analysis;
    const chart = { valueFiles: settings.helm.valueFiles.map((v) => joinPath(set.root, v)), set: settings.helm.set };
    const analysis = await tree.settle(() => (set.kind === 'chart' ? analyzeChart(tree, set.root, options, chart) : analyzeOverlay(tree, set.root, options)));
    space.sets.set(set.root, { key, inputs: new Map(analysis.inputs.map((f) => [f, tree.read(f)])), analysis });
    return analysis;
  }

  private listCatalog(): Promise<Map<string, Catalog>> {
    this.catalog ??= this.host.listFiles(this.folders(), SET_FILES).then((uris) => {
      const out = new Map<string, Catalog>();
      for (const uri of uris) {
        const at = splitUri(uri);
        const name = at && baseName(at.path);
        if (!at || !name || !isSetFile(at.path)) continue;
        const catalog = out.get(at.origin) ?? { charts: new Set<string>(), overlays: new Set<string>() };
        (name === 'Chart.yaml' ? catalog.charts : catalog.overlays).add(dirName(at.path));
        out.set(at.origin, catalog);
      }
      return out;
    });
    return this.catalog;
  }

  private topOverlays(): Promise<Map<string, TopOverlays>> {
    this.overlays ??= this.findTopOverlays();
    return this.overlays;
  }

  /** Builds every overlay of the catalog to see which ones no other overlay builds on. */
  private async findTopOverlays(): Promise<Map<string, TopOverlays>> {
    const out = new Map<string, TopOverlays>();
    for (const [origin, { overlays }] of await this.listCatalog()) {
      if (!overlays.size) continue;
      const { tree } = this.space(origin);
      out.set(origin, await tree.settle(() => topOverlays(tree, [...overlays].sort())));
    }
    return out;
  }
}

/** The nearest folder at or above the file's that `isRoot`, up to the workspace folder. */
function nearest(file: string, isRoot: (dir: string) => boolean, roots: readonly string[]): string | undefined {
  for (let dir = dirName(file); ; dir = dirName(dir)) {
    if (isRoot(dir)) return dir;
    if (roots.includes(dir) || dirName(dir) === dir || !dir) return undefined;
  }
}

/** A file whose presence or text decides what is a chart or an overlay. */
function isSetFile(path: string): boolean {
  const name = baseName(path);
  return name === 'Chart.yaml' || KUSTOMIZATION_FILES.includes(name);
}
