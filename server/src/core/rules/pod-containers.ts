/**
 * The containers of the pod Flink builds from the templates (§9.1): a role's podTemplate is merged
 * into spec.podTemplate, lists by position unless merge-arrays-by-name is on. Whether a container
 * ends up with an image is only known after that merge.
 */

import { isMap, isScalar, isSeq, Node, Pair, YAMLMap } from 'yaml';
import { MapView, nodeSpan, resolve } from '../yaml/map-view';
import { Span } from '../text/span';

export interface PodContainer {
  readonly name: string | undefined;
  /** Where the name (or the container) is written, for findings. */
  readonly span: Span;
  readonly hasImage: boolean;
  /** A role container merged by position onto a differently named common one. */
  readonly renamedByPosition: boolean;
}

export interface ContainerNode {
  /** The container's mapping (aliases resolved) and the list item that holds it. */
  readonly map: YAMLMap;
  readonly item: Node;
  /** A field of the container by name, as written. */
  field(key: string): Pair | undefined;
}

/** The mappings of a pod template's `spec.containers`, as written (no merge). */
export function containerNodes(template: MapView | undefined): ContainerNode[] {
  const podSpec = template?.map('spec');
  if (!template || !(podSpec instanceof MapView)) return [];
  const list = resolve(template.ctx.doc, podSpec.get('containers')?.value ?? null);
  if (!isSeq(list)) return [];
  return (list.items as Node[]).flatMap((item) => {
    const map = resolve(template.ctx.doc, item);
    if (!isMap(map)) return [];
    return [{ map, item, field: (key: string) => (map.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === key) }];
  });
}

export function templateContainers(template: MapView | undefined): PodContainer[] {
  return containerNodes(template).map(({ item, field }) => {
    const name = field('name')?.value as Node | undefined;
    return { name: isScalar(name) ? String(name.value) : undefined, span: name?.range ? nodeSpan(name) : nodeSpan(item), hasImage: field('image') !== undefined, renamedByPosition: false };
  });
}

/** The containers of one role's pod after the operator merged the two templates. */
export function mergedContainers(common: PodContainer[], role: PodContainer[], byName: boolean): PodContainer[] {
  if (byName) {
    const merged = common.map((c) => {
      const same = role.find((r) => r.name !== undefined && r.name === c.name);
      return same ? { ...same, hasImage: c.hasImage || same.hasImage } : c;
    });
    return [...merged, ...role.filter((r) => !common.some((c) => c.name !== undefined && c.name === r.name))];
  }
  const length = Math.max(common.length, role.length);
  return Array.from({ length }, (_, i): PodContainer => {
    const c = common[i];
    const r = role[i];
    if (!r) return c as PodContainer;
    if (!c) return r;
    return { ...r, name: r.name ?? c.name, hasImage: c.hasImage || r.hasImage, renamedByPosition: r.name !== undefined && c.name !== undefined && r.name !== c.name };
  });
}
