/**
 * Which folders under the given paths are charts (a Chart.yaml) or overlays (a kustomization),
 * and which YAML files are left to analyse on their own. A chart's files belong to the chart;
 * an overlay that another overlay builds on (a base) is built as part of it, not on its own;
 * files an overlay reads are analysed with it.
 */

import { buildOverlay } from '../kustomize/build';
import { kustomizationIn } from '../kustomize/kustomization';
import { joinPath } from '../sources/paths';
import { SourceTree } from '../sources/tree';

export interface Discovered {
  readonly charts: string[];
  readonly overlays: string[];
  /** YAML files outside every chart and not read by any overlay. */
  readonly files: string[];
}

const SKIPPED = new Set(['node_modules', '.git']);

export function discover(tree: SourceTree, dirs: readonly string[]): Discovered {
  const charts: string[] = [];
  const overlayDirs: string[] = [];
  const yaml: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (tree.read(joinPath(dir, 'Chart.yaml')) !== undefined) {
      charts.push(dir);
      return;
    }
    if (kustomizationIn((p) => tree.read(p), dir)) overlayDirs.push(dir);
    const entries = [...(tree.list(dir) ?? [])].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = joinPath(dir, e.name);
      if (e.dir && !SKIPPED.has(e.name) && depth < 30) walk(full, depth + 1);
      else if (!e.dir && /\.ya?ml$/i.test(e.name)) yaml.push(full);
    }
  };
  for (const d of dirs) walk(d, 0);
  const { overlays, reads } = topOverlays(tree, overlayDirs);
  const consumed = new Set(overlays.flatMap((d) => [...(reads.get(d) ?? [])]));
  for (const d of overlayDirs) consumed.add(kustomizationOf(tree, d));
  return { charts, overlays, files: yaml.filter((f) => !consumed.has(f)) };
}

export interface TopOverlays {
  /** The overlays no other overlay builds on, in the order given. */
  readonly overlays: string[];
  /** What building each of the given overlays reads. */
  readonly reads: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Of the given overlay folders, those that no other one builds on (a base is built as part of its overlay). */
export function topOverlays(tree: SourceTree, overlayDirs: readonly string[]): TopOverlays {
  const reads = new Map(overlayDirs.map((d) => [d, new Set(buildOverlay(tree, d).inputs)]));
  const overlays = overlayDirs.filter((d) => !overlayDirs.some((o) => o !== d && reads.get(o)?.has(kustomizationOf(tree, d))));
  return { overlays, reads };
}

function kustomizationOf(tree: SourceTree, dir: string): string {
  return kustomizationIn((p) => tree.read(p), dir)?.file ?? '';
}
