/**
 * Strategic merge for custom resources, as kustomize does without an OpenAPI schema: maps merge
 * key by key, lists and scalars are replaced, `null` deletes, `$patch: delete|replace` apply.
 * A replaced scalar remembers the base value it shadows.
 */

import { clone, KMap, KNode, KScalar } from './knode';

/** The merged node, or undefined when the patch deletes it. */
export function mergePatch(base: KNode | undefined, patch: KNode): KNode | undefined {
  if (patch.kind === 'scalar' && patch.value === null) return undefined;
  if (patch.kind === 'map') {
    const directive = patch.entries.find((e) => e.key === '$patch')?.value;
    const mode = directive?.kind === 'scalar' ? String(directive.value) : undefined;
    if (mode === 'delete') return undefined;
    const clean: KMap = { kind: 'map', entries: patch.entries.filter((e) => !e.key.startsWith('$')) };
    if (mode === 'replace' || base?.kind !== 'map') return withoutNulls(clean);
    const out: KMap = { kind: 'map', entries: base.entries.map((e) => ({ ...e })) };
    for (const e of clean.entries) {
      const i = out.entries.findIndex((x) => x.key === e.key);
      const merged = mergePatch(i >= 0 ? out.entries[i]?.value : undefined, e.value);
      if (merged === undefined) {
        if (i >= 0) out.entries.splice(i, 1);
      } else if (i >= 0) out.entries[i] = { ...(out.entries[i] as KMap['entries'][number]), value: merged, comment: e.comment ?? out.entries[i]?.comment };
      else out.entries.push({ ...e, value: merged });
    }
    return out;
  }
  if (patch.kind === 'seq') return withoutNulls(patch);
  return shadow(patch, base);
}

function shadow(patch: KScalar, base: KNode | undefined): KScalar {
  if (base?.kind !== 'scalar' || !base.at) return { ...patch };
  return { ...patch, shadowed: { ...base.at, role: base.role === 'patch' ? 'patch' : 'base' } };
}

/** A new subtree from a patch: its `null`s mean "absent". */
function withoutNulls<T extends KNode>(n: T): T {
  if (n.kind === 'map') return { kind: 'map', entries: n.entries.filter((e) => !(e.value.kind === 'scalar' && e.value.value === null) && !e.key.startsWith('$')).map((e) => ({ ...e, value: withoutNulls(e.value) })) } as T;
  return clone(n);
}
