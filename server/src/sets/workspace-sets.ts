/**
 * Which chart or overlay an open file belongs to, and that set's analysis, kept while none of
 * the files it read changed. A file under a folder with Chart.yaml belongs to that chart; a file
 * an overlay reads (its kustomization, a base, a patch) belongs to the top overlay that builds it.
 */

import * as path from 'node:path';
import { analyzeChart } from '../core/sets/chart';
import { analyzeOverlay } from '../core/sets/overlay';
import { SetAnalysis } from '../core/sets/types';
import { buildOverlay } from '../core/kustomize/build';
import { kustomizationIn } from '../core/kustomize/kustomization';
import { RuleOptions } from '../core/rules/types';
import { Settings } from '../protocol/settings';
import { SessionTree } from './session-tree';

interface Cached {
  readonly key: string;
  readonly inputs: ReadonlyMap<string, string | undefined>;
  readonly analysis: SetAnalysis;
}

export class WorkspaceSets {
  readonly tree: SessionTree;
  private readonly cache = new Map<string, Cached>();
  private overlays: { dirs: string[]; reads: Map<string, Set<string>> } | undefined;

  constructor(private readonly folders: () => readonly string[], open: (file: string) => string | undefined, private readonly listYaml: () => readonly string[]) {
    this.tree = new SessionTree(open);
  }

  /** The chart or top overlay `file` belongs to. */
  setOf(file: string): { kind: 'chart' | 'overlay'; root: string } | undefined {
    const chart = this.chartRoot(file);
    if (chart) return { kind: 'chart', root: chart };
    const { dirs, reads } = this.topOverlays();
    const overlays = dirs.filter((dir) => reads.get(dir)?.has(file));
    return overlays[0] ? { kind: 'overlay', root: overlays[0] } : undefined;
  }

  analyse(file: string, settings: Settings, options: RuleOptions): SetAnalysis | undefined {
    const set = this.setOf(file);
    if (!set) return undefined;
    const key = JSON.stringify([set.root, options, settings.helm]);
    const cached = this.cache.get(set.root);
    if (cached && cached.key === key && [...cached.inputs].every(([f, text]) => this.tree.read(f) === text)) return cached.analysis;
    const chart = { valueFiles: settings.helm.valueFiles.map((v) => path.resolve(set.root, v)), set: settings.helm.set };
    const analysis = set.kind === 'chart' ? analyzeChart(this.tree, set.root, options, chart) : analyzeOverlay(this.tree, set.root, options);
    this.cache.set(set.root, { key, inputs: new Map(analysis.inputs.map((f) => [f, this.tree.read(f)])), analysis });
    return analysis;
  }

  /** Open files of the same set as `file` (their analysis depends on it). */
  dependents(file: string): string[] {
    return [...this.cache.values()].filter((c) => c.inputs.has(file)).flatMap((c) => [...c.inputs.keys()]).filter((f) => f !== file);
  }

  /** Files changed on disk: forget what was read and which overlays exist. */
  filesChanged(): void {
    this.tree.forgetDisk();
    this.overlays = undefined;
  }

  /** An open document changed: a kustomization may now read other files. */
  documentChanged(file: string): void {
    if (/^kustomization\.ya?ml$/.test(path.basename(file))) this.overlays = undefined;
  }

  private chartRoot(file: string): string | undefined {
    const roots = this.folders();
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
      if (this.tree.read(path.join(dir, 'Chart.yaml')) !== undefined) return dir;
      if (roots.includes(dir) || path.dirname(dir) === dir) return undefined;
    }
  }

  /** Overlays no other overlay builds on, found among the workspace's kustomization files, with what each reads. */
  private topOverlays(): { dirs: string[]; reads: Map<string, Set<string>> } {
    if (!this.overlays) {
      const all = [...new Set(this.listYaml().filter((f) => /^kustomization\.ya?ml$/.test(path.basename(f))).map((f) => path.dirname(f)))].sort();
      const reads = new Map(all.map((d) => [d, new Set(buildOverlay(this.tree, d).inputs)]));
      const own = (d: string) => kustomizationIn((p) => this.tree.read(p), d)?.file ?? '';
      this.overlays = { dirs: all.filter((d) => !all.some((o) => o !== d && reads.get(o)?.has(own(d)))), reads };
    }
    return this.overlays;
  }
}
