/** Which resources a patch applies to: its target selector, or the patch's own kind and name. */

import { getMap, getString, KMap } from './knode';
import { Target } from './kustomization';
import { idOf, KResource, ResId } from './resource';

function anchored(pattern: string | undefined, value: string): boolean {
  if (pattern === undefined || pattern === '') return true;
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return pattern === value;
  }
}

function selectorMatches(selector: string | undefined, m: KMap | undefined): boolean {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const t = term.trim();
    const ne = /^([^!=\s]+)\s*!=\s*(.*)$/.exec(t);
    if (ne) return getString(m, ne[1] as string) !== (ne[2] as string).trim();
    const eq = /^([^=\s]+)\s*==?\s*(.*)$/.exec(t);
    if (eq) return getString(m, eq[1] as string) === (eq[2] as string).trim();
    if (t.startsWith('!')) return getString(m, t.slice(1)) === undefined;
    return getString(m, t) !== undefined;
  });
}

export function matchesTarget(r: KResource, t: Target): boolean {
  const id = idOf(r);
  const meta = getMap(r.root, 'metadata');
  const names = [id.name, ...r.previousNames];
  return anchored(t.group, id.group) && anchored(t.version, id.version) && anchored(t.kind, id.kind) && names.some((n) => anchored(t.name, n))
    && anchored(t.namespace, id.namespace) && selectorMatches(t.labelSelector, getMap(meta, 'labels')) && selectorMatches(t.annotationSelector, getMap(meta, 'annotations'));
}

/** A strategic-merge patch without target names its resource by apiVersion, kind, name (and namespace). */
export function matchesPatchId(r: KResource, patch: ResId): boolean {
  const id = idOf(r);
  return id.kind === patch.kind && (id.group === patch.group || patch.group === '') && [id.name, ...r.previousNames].includes(patch.name) && (!patch.namespace || patch.namespace === id.namespace);
}
