/** One patch entry of a kustomization: read it (file or inline), tell its kind, apply it to its targets. */

import { isSeq, parseAllDocuments } from 'yaml';
import { joinPath } from '../sources/paths';
import { SourceTree } from '../sources/tree';
import { fromYaml, getString, KMap, KNode, SourceRef } from './knode';
import { Kustomization, PatchEntry } from './kustomization';
import { applyJsonPatch, PatchError, PatchOp } from './json6902';
import { idOf, KResource } from './resource';
import { matchesPatchId, matchesTarget } from './select';
import { mergePatch } from './smp';
import { Built } from './build';

export function applyPatch(tree: SourceTree, dir: string, k: Kustomization, p: PatchEntry, resources: KResource[], built: Built): KResource[] {
  const fail = (message: string) => {
    built.errors.push({ message: `kustomize build fails: ${message}`, file: k.file, span: p.span });
    return resources;
  };
  let source: SourceRef;
  if (p.path !== undefined) {
    const file = joinPath(dir, p.path);
    const text = tree.read(file);
    if (text === undefined) return fail(`patch file '${p.path}' does not exist`);
    built.inputs.push(file);
    source = { file, text, role: 'patch' };
  } else if (p.patch !== undefined) source = { file: k.file, text: p.patch, role: 'patch', offset: p.patchOffset };
  else return fail('a patch needs a path or an inline patch');
  const docs = parseAllDocuments(source.text, { prettyErrors: false, logLevel: 'error', uniqueKeys: false });
  const out = resources;
  for (const doc of docs) {
    if (doc.errors[0]) return fail(`${p.path ?? 'inline patch'}: ${doc.errors[0].message.split('\n')[0]}`);
    const node = fromYaml(doc, doc.contents as never, source);
    const json = p.type === 'json6902' || (p.type === 'auto' && isSeq(doc.contents));
    if (json) {
      if (!p.target) return fail('a JSON 6902 patch needs a target');
      const targets = out.filter((r) => matchesTarget(r, p.target ?? {}));
      if (!targets.length) return fail(`no resource matches the target of ${p.path ?? 'the inline patch'}`);
      try {
        for (const r of targets) applyJsonPatch(r.root, operations(node));
      } catch (error) {
        if (error instanceof PatchError) return fail(error.message);
        throw error;
      }
      continue;
    }
    if (node.kind !== 'map') return fail(`${p.path ?? 'inline patch'} is neither a strategic-merge patch nor a list of JSON patch operations`);
    const targets = p.target ? out.filter((r) => matchesTarget(r, p.target ?? {})) : out.filter((r) => matchesPatchId(r, idOf({ root: node })));
    if (!targets.length) {
      const id = idOf({ root: node });
      return fail(p.target ? `no resource matches the target of ${p.path ?? 'the inline patch'}` : `no resource matches the patch ${id.kind} ${id.name}${p.path ? ` (${p.path})` : ''}`);
    }
    for (const r of targets) {
      // The patch names its target; the target keeps its own identity (and the lines that set it).
      const patch: KMap = withoutIdentity(node);
      const merged = mergePatch(r.root, patch);
      const i = out.indexOf(r);
      if (merged?.kind === 'map') out[i] = { ...r, root: merged };
      else out.splice(i, 1);
    }
  }
  return out;
}

function withoutIdentity(patch: KMap): KMap {
  return { kind: 'map', entries: patch.entries.filter((e) => e.key !== 'apiVersion' && e.key !== 'kind').map((e) => (e.key === 'metadata' && e.value.kind === 'map' ? { ...e, value: { kind: 'map' as const, entries: e.value.entries.filter((x) => x.key !== 'name' && x.key !== 'namespace') } } : e)) };
}

function operations(node: KNode): PatchOp[] {
  if (node.kind !== 'seq') throw new PatchError('a JSON 6902 patch is a list of operations');
  return node.items.map((item) => {
    const m = item.kind === 'map' ? item : { kind: 'map' as const, entries: [] };
    return { op: getString(m, 'op') ?? '', path: getString(m, 'path') ?? '', from: getString(m, 'from'), value: m.entries.find((e) => e.key === 'value')?.value };
  });
}
