/**
 * Pairs the resources of two sides the way Kubernetes identifies objects: kind, namespace and
 * name. A resource on one side only is created or deleted; two with the same identity on one
 * side are paired in order. Snapshots and the operator's canaries are left out (they run no job
 * that a change could restart). A deleted and a created resource of the same kind with equal
 * specs are flagged as a rename, which Kubernetes still sees as a delete and a create.
 */

import { nameOf, namespaceOf } from '../projection/links';
import { SideResource } from './facts';

export interface Pair {
  readonly before?: SideResource;
  readonly after?: SideResource;
  /** For a created resource: the deleted one it looks renamed from (and the other way round). */
  readonly renamed?: SideResource;
}

export function identity(r: SideResource): string {
  return `${r.resource.kind}\u0000${namespaceOf(r.resource)}\u0000${nameOf(r.resource)}`;
}

function compared(r: SideResource): boolean {
  return r.resource.kind !== 'FlinkStateSnapshot' && !r.resource.canary;
}

export function matchResources(before: readonly SideResource[], after: readonly SideResource[], sameSpec: (a: SideResource, b: SideResource) => boolean): Pair[] {
  const waiting = new Map<string, SideResource[]>();
  for (const b of before.filter(compared)) waiting.set(identity(b), [...(waiting.get(identity(b)) ?? []), b]);
  const pairs: Pair[] = [];
  for (const a of after.filter(compared)) {
    const queue = waiting.get(identity(a));
    pairs.push({ before: queue?.shift(), after: a });
  }
  const deleted = [...waiting.values()].flat();
  const created = pairs.filter((p) => !p.before);
  const renames = new Map<SideResource, SideResource>();
  for (const d of deleted) {
    const twin = created.find((c) => c.after && !renames.has(c.after) && c.after.resource.kind === d.resource.kind && sameSpec(d, c.after));
    if (twin?.after) renames.set(twin.after, d).set(d, twin.after);
  }
  return [
    ...pairs.map((p) => (p.after && !p.before && renames.has(p.after) ? { ...p, renamed: renames.get(p.after) } : p)),
    ...deleted.map((d) => ({ before: d, renamed: renames.get(d) })),
  ];
}
