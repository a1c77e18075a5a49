/**
 * kustomize's built-in transformers as they treat custom resources: namespace, name prefix and
 * suffix on metadata, labels and annotations on metadata only, images inside `containers` and
 * `initContainers` lists only (never a FlinkDeployment's spec.image), and replicas, which
 * kustomize refuses for any kind but Deployment, ReplicationController, ReplicaSet, StatefulSet.
 */

import { Span } from '../text/span';
import { getMap, getString, KMap, KNode, KScalar, scalar, set } from './knode';
import { Entry, Kustomization } from './kustomization';
import { idOf, KResource } from './resource';

const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'PersistentVolume', 'StorageClass', 'PriorityClass', 'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration', 'APIService']);
const SCALABLE = ['Deployment', 'ReplicationController', 'ReplicaSet', 'StatefulSet'];

export interface BuildError {
  readonly message: string;
  /** Errors stop kustomize; a warning says that an entry has no effect. */
  readonly severity?: 'warning';
  readonly file: string;
  readonly span: Span;
}

function metadata(r: KResource): KMap {
  let meta = getMap(r.root, 'metadata');
  if (!meta) {
    meta = { kind: 'map', entries: [] };
    set(r.root, 'metadata', meta);
  }
  return meta;
}

function written(k: Kustomization, e: Entry<unknown>, value: string): KScalar {
  return scalar(value, { at: { file: k.file, span: e.span }, role: 'overlay' });
}

function setStrings(r: KResource, field: string, pairs: Map<string, string>, k: Kustomization, e: Entry<unknown>): void {
  const meta = metadata(r);
  let m = getMap(meta, field);
  if (!m) {
    m = { kind: 'map', entries: [] };
    set(meta, field, m);
  }
  for (const [key, value] of pairs) set(m, key, written(k, e, value));
}

export function applyTransformers(k: Kustomization, resources: KResource[]): KResource[] {
  let out = resources;
  if (k.namespace) {
    const e = k.namespace;
    for (const r of out) if (!CLUSTER_SCOPED.has(idOf(r).kind)) set(metadata(r), 'namespace', written(k, e, e.value));
  }
  if (k.namePrefix || k.nameSuffix) out = out.map((r) => rename(r, k));
  for (const labels of k.labels) for (const r of out) setStrings(r, 'labels', labels.value, k, labels);
  if (k.annotations) for (const r of out) setStrings(r, 'annotations', k.annotations.value, k, k.annotations);
  return out;
}

function rename(r: KResource, k: Kustomization): KResource {
  const meta = metadata(r);
  const name = meta.entries.find((e) => e.key === 'name')?.value;
  if (name?.kind !== 'scalar' || name.value === null || idOf(r).kind === 'Namespace') return r;
  const value = `${k.namePrefix?.value ?? ''}${String(name.value)}${k.nameSuffix?.value ?? ''}`;
  const via = k.namePrefix ?? k.nameSuffix;
  set(meta, 'name', scalar(value, { at: name.at, role: name.role, via: via && { file: k.file, span: via.span, role: 'overlay' } }));
  return { ...r, previousNames: [...r.previousNames, String(name.value)] };
}

/** `replicas`: only the kinds kustomize knows how to scale; anything else fails the build. */
export function applyReplicas(k: Kustomization, resources: readonly KResource[]): BuildError[] {
  const errors: BuildError[] = [];
  for (const e of k.replicas) {
    const targets = resources.filter((r) => SCALABLE.includes(idOf(r).kind) && [idOf(r).name, ...r.previousNames].includes(e.value.name));
    if (!targets.length) {
      errors.push({ file: k.file, span: e.span, message: `kustomize build fails: resource with name ${e.value.name} does not match a config with the following GVK [${SCALABLE.map((s) => `${s}.[noVer].[noGrp]`).join(' ')}]` });
      continue;
    }
    for (const r of targets) {
      const spec = getMap(r.root, 'spec') ?? { kind: 'map', entries: [] };
      set(spec, 'replicas', scalar(e.value.count, { at: { file: k.file, span: e.span }, role: 'overlay' }));
      set(r.root, 'spec', spec);
    }
  }
  return errors;
}

/** Applies `images`; an entry that only a FlinkDeployment's spec.image names changes nothing, and says so. */
export function applyImages(k: Kustomization, resources: readonly KResource[]): BuildError[] {
  const warnings: BuildError[] = [];
  for (const image of k.images) {
    for (const r of resources) if (idOf(r).kind !== 'CustomResourceDefinition') walkContainers(r.root, (c) => retag(c, image, k));
    const flink = resources.filter((r) => (idOf(r).kind === 'FlinkDeployment' || idOf(r).kind === 'FlinkBlueGreenDeployment') && imageName(getString(getMap(r.root, 'spec'), 'image') ?? '') === image.value.name);
    // Flink also sets its main container's image from spec.image, so retagging the pod template does not help.
    if (flink.length) warnings.push({ file: k.file, span: image.span, severity: 'warning', message: `images: ${image.value.name} does not change spec.image of ${flink.map((r) => idOf(r).name).join(', ')}: kustomize rewrites only the image of containers and initContainers, and Flink takes its main container's image from spec.image. Patch /spec/image instead.` });
  }
  return warnings;
}

function imageName(image: string): string {
  return /^(.*?)(?::[^:/@]+)?(?:@.+)?$/.exec(image)?.[1] ?? image;
}

function walkContainers(n: KNode, visit: (container: KMap) => void): void {
  if (n.kind === 'map') {
    for (const e of n.entries) {
      walkContainers(e.value, visit);
      if ((e.key === 'containers' || e.key === 'initContainers') && e.value.kind === 'seq') for (const c of e.value.items) if (c.kind === 'map') visit(c);
    }
  } else if (n.kind === 'seq') n.items.forEach((i) => walkContainers(i, visit));
}

function retag(container: KMap, image: Kustomization['images'][number], k: Kustomization): boolean {
  const current = container.entries.find((e) => e.key === 'image')?.value;
  if (current?.kind !== 'scalar' || typeof current.value !== 'string') return false;
  const m = /^(.*?)(?::([^:/@]+))?(?:@(.+))?$/.exec(current.value);
  const name = m?.[1] ?? current.value;
  if (name !== image.value.name) return false;
  const newName = image.value.newName ?? name;
  const suffix = image.value.digest ? `@${image.value.digest}` : image.value.newTag ? `:${image.value.newTag}` : m?.[2] ? `:${m[2]}` : m?.[3] ? `@${m[3]}` : '';
  set(container, 'image', scalar(newName + suffix, { at: current.at, role: current.role, via: { file: k.file, span: image.span, role: 'overlay' } }));
  return true;
}
