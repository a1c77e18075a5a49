/**
 * `kustomize build DIR`: resources (files, and folders with their own kustomization, built
 * first), then in kustomize's order: strategic-merge patches, patches, namespace, name prefix
 * and suffix, labels, annotations, JSON 6902 patches, replicas, images. Errors are kept with
 * the kustomization line that causes them; what kustomize would refuse stops nothing here, so
 * the rest is still analysed.
 */

import { parseAllDocuments } from 'yaml';
import { joinPath } from '../sources/paths';
import { SourceTree } from '../sources/tree';
import { BuildError, applyImages, applyReplicas, applyTransformers } from './transformers';
import { Kustomization, kustomizationIn, readKustomization } from './kustomization';
import { KResource, resourceFrom } from './resource';
import { applyPatch } from './patch';

export interface Built {
  readonly resources: KResource[];
  readonly errors: BuildError[];
  readonly notes: string[];
  /** Every file read. */
  readonly inputs: string[];
}

export function buildOverlay(tree: SourceTree, dir: string, depth = 0, visiting: ReadonlySet<string> = new Set()): Built {
  const found = kustomizationIn((p) => tree.read(p), dir);
  const built: Built = { resources: [], errors: [], notes: [], inputs: [] };
  if (!found) return built;
  built.inputs.push(found.file);
  const k = readKustomization(found.text, found.file);
  if (k.error) {
    built.errors.push({ message: `kustomize build fails: ${k.error.value}`, file: k.file, span: k.error.span });
    return built;
  }
  for (const field of k.unsupported) built.notes.push(`${found.file}: "${field}" is not built (not supported yet)`);
  for (const c of k.components) built.notes.push(`${found.file}: component ${c.value} is not built (components are not supported yet)`);
  for (const entry of k.resources) loadResource(tree, dir, k, entry, depth, visiting, built);
  let resources = built.resources;
  for (const p of k.patches.filter((x) => x.type !== 'json6902')) resources = applyPatch(tree, dir, k, p, resources, built);
  resources = applyTransformers(k, resources);
  for (const p of k.patches.filter((x) => x.type === 'json6902')) resources = applyPatch(tree, dir, k, p, resources, built);
  built.errors.push(...applyReplicas(k, resources));
  built.errors.push(...applyImages(k, resources));
  return { ...built, resources };
}

function loadResource(tree: SourceTree, dir: string, k: Kustomization, entry: Kustomization['resources'][number], depth: number, visiting: ReadonlySet<string>, built: Built): void {
  if (/^[a-z]+:\/\/|^github\.com\/|^git@/.test(entry.value)) {
    built.notes.push(`${k.file}: remote resource ${entry.value} is not fetched`);
    return;
  }
  const path = joinPath(dir, entry.value);
  if (tree.list(path) !== undefined) {
    if (visiting.has(path) || depth > 20) {
      built.errors.push({ message: `kustomize build fails: cycle detected: ${entry.value} includes itself`, file: k.file, span: entry.span });
      return;
    }
    const sub = buildOverlay(tree, path, depth + 1, new Set([...visiting, dir]));
    if (!kustomizationIn((p) => tree.read(p), path)) built.errors.push({ message: `kustomize build fails: unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '${entry.value}'`, file: k.file, span: entry.span });
    built.resources.push(...sub.resources);
    built.errors.push(...sub.errors);
    built.notes.push(...sub.notes);
    built.inputs.push(...sub.inputs);
    return;
  }
  const text = tree.read(path);
  if (text === undefined) {
    built.errors.push({ message: `kustomize build fails: accumulating resources: '${entry.value}' does not exist`, file: k.file, span: entry.span });
    return;
  }
  built.inputs.push(path);
  for (const doc of parseAllDocuments(text, { prettyErrors: false, logLevel: 'error', uniqueKeys: false })) {
    const error = doc.errors[0];
    if (error) {
      built.errors.push({ message: `kustomize build fails: ${path}: ${error.message.split('\n')[0]}`, file: path, span: { start: error.pos[0], end: error.pos[1] } });
      continue;
    }
    const r = resourceFrom(doc, { file: path, text, role: 'base' });
    if (r) built.resources.push(r);
  }
}
