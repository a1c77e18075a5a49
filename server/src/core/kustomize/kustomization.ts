/** A kustomization file read into the fields we build, each entry with its span for messages. */

import { Document, isMap, isScalar, isSeq, Node, parseDocument } from 'yaml';
import { Span } from '../text/span';
import { inline } from './inline-patch';

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export interface Entry<T> {
  readonly value: T;
  readonly span: Span;
}

export interface Target {
  readonly group?: string;
  readonly version?: string;
  readonly kind?: string;
  readonly name?: string;
  readonly namespace?: string;
  readonly labelSelector?: string;
  readonly annotationSelector?: string;
}

export interface PatchEntry {
  readonly path?: string;
  /** Inline patch text. */
  readonly patch?: string;
  /** Where each offset of the inline patch text lies in the kustomization file. */
  readonly patchOffset?: (offset: number) => number;
  readonly target?: Target;
  readonly span: Span;
  /** Strategic merge (patchesStrategicMerge), JSON 6902 (patchesJson6902) or detected (patches). */
  readonly type: 'smp' | 'json6902' | 'auto';
}

export interface Kustomization {
  readonly file: string;
  readonly resources: ReadonlyArray<Entry<string>>;
  readonly components: ReadonlyArray<Entry<string>>;
  readonly patches: readonly PatchEntry[];
  readonly namePrefix?: Entry<string>;
  readonly nameSuffix?: Entry<string>;
  readonly namespace?: Entry<string>;
  readonly labels: ReadonlyArray<Entry<Map<string, string>>>;
  readonly annotations?: Entry<Map<string, string>>;
  readonly images: ReadonlyArray<Entry<{ name: string; newName?: string; newTag?: string; digest?: string }>>;
  readonly replicas: ReadonlyArray<Entry<{ name: string; count: number }>>;
  /** Fields we do not build (generators, replacements...), by name. */
  readonly unsupported: readonly string[];
  readonly error?: Entry<string>;
}

const SUPPORTED = new Set(['apiVersion', 'kind', 'metadata', 'resources', 'bases', 'components', 'patches', 'patchesStrategicMerge', 'patchesJson6902', 'namePrefix', 'nameSuffix', 'namespace', 'commonLabels', 'labels', 'commonAnnotations', 'images', 'replicas', 'sortOptions', 'buildMetadata']);

function span(n: Node | null | undefined): Span {
  return n?.range ? { start: n.range[0], end: n.range[1] } : { start: 0, end: 0 };
}

function str(n: unknown): string | undefined {
  return isScalar(n) && n.value !== null && n.value !== undefined ? String(n.value) : undefined;
}

function field(m: unknown, key: string): Node | undefined {
  return isMap(m) ? ((m.items.find((p) => isScalar(p.key) && p.key.value === key)?.value as Node | undefined) ?? undefined) : undefined;
}

function strings(n: Node | undefined): Array<Entry<string>> {
  return isSeq(n) ? n.items.flatMap((i) => (str(i) !== undefined ? [{ value: str(i) as string, span: span(i as Node) }] : [])) : [];
}

function stringMap(n: Node | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (isMap(n)) for (const p of n.items) if (isScalar(p.key)) out.set(String(p.key.value), str(p.value) ?? '');
  return out;
}

function target(n: Node | undefined): Target | undefined {
  if (!isMap(n)) return undefined;
  const t: Record<string, string | undefined> = {};
  for (const k of ['group', 'version', 'kind', 'name', 'namespace', 'labelSelector', 'annotationSelector']) t[k] = str(field(n, k));
  return t;
}

export function readKustomization(text: string, file: string): Kustomization {
  const doc: Document = parseDocument(text, { prettyErrors: false, logLevel: 'error', uniqueKeys: false });
  const root = doc.contents;
  const empty = { file, resources: [], components: [], patches: [], labels: [], images: [], replicas: [], unsupported: [] };
  if (doc.errors[0]) return { ...empty, error: { value: doc.errors[0].message.split('\n')[0] ?? '', span: { start: doc.errors[0].pos[0], end: doc.errors[0].pos[1] } } };
  if (!isMap(root)) return empty;
  const patches: PatchEntry[] = [];
  // kustomize runs patchesStrategicMerge before patches (its transformers come in that order).
  const smp = field(root, 'patchesStrategicMerge');
  if (isSeq(smp)) for (const p of smp.items) {
    const s = str(p) ?? '';
    patches.push({ ...(s.includes('\n') || /^\s*(apiVersion|kind)\s*:/m.test(s) ? inline(text, p as Node) : { path: s }), span: span(p as Node), type: 'smp' });
  }
  const patchesNode = field(root, 'patches');
  if (isSeq(patchesNode)) for (const p of patchesNode.items) patches.push({ path: str(field(p, 'path')), ...inline(text, field(p, 'patch')), target: target(field(p, 'target')), span: span(p as Node), type: 'auto' });
  const json = field(root, 'patchesJson6902');
  if (isSeq(json)) for (const p of json.items) patches.push({ path: str(field(p, 'path')), ...inline(text, field(p, 'patch')), target: target(field(p, 'target')), span: span(p as Node), type: 'json6902' });
  const labels: Array<Entry<Map<string, string>>> = [];
  const common = field(root, 'commonLabels');
  if (common) labels.push({ value: stringMap(common), span: span(common) });
  const labelsNode = field(root, 'labels');
  if (isSeq(labelsNode)) for (const l of labelsNode.items) labels.push({ value: stringMap(field(l, 'pairs')), span: span(field(l, 'pairs') ?? (l as Node)) });
  const one = (k: string) => { const n = field(root, k); const v = str(n); return v === undefined ? undefined : { value: v, span: span(n) }; };
  const annotationsNode = field(root, 'commonAnnotations');
  const seqOf = (k: string) => { const n = field(root, k); return isSeq(n) ? n.items : []; };
  return {
    file,
    resources: [...strings(field(root, 'resources')), ...strings(field(root, 'bases'))],
    components: strings(field(root, 'components')),
    patches,
    namePrefix: one('namePrefix'),
    nameSuffix: one('nameSuffix'),
    namespace: one('namespace'),
    labels,
    annotations: annotationsNode ? { value: stringMap(annotationsNode), span: span(annotationsNode) } : undefined,
    images: seqOf('images').map((i) => ({ value: { name: str(field(i, 'name')) ?? '', newName: str(field(i, 'newName')), newTag: str(field(i, 'newTag')), digest: str(field(i, 'digest')) }, span: span(i as Node) })),
    replicas: seqOf('replicas').map((i) => ({ value: { name: str(field(i, 'name')) ?? '', count: Number(str(field(i, 'count')) ?? 0) }, span: span(i as Node) })),
    unsupported: root.items.map((p) => String(isScalar(p.key) ? p.key.value : '')).filter((k) => k && !SUPPORTED.has(k)),
  };
}

/** The kustomization file of a folder, if it has one. */
export function kustomizationIn(read: (path: string) => string | undefined, dir: string): { file: string; text: string } | undefined {
  for (const name of KUSTOMIZATION_FILES) {
    const file = `${dir.replace(/\/$/, '')}/${name}`;
    const text = read(file);
    if (text !== undefined) return { file, text };
  }
  return undefined;
}

