/** The spec fields that hold a role's memory, for rules that point at or edit them. */

import { Field, isKnown, Known, Scalar } from '../yaml/fields';
import { RoleView } from '../model/types';

export interface MemoryField {
  readonly field: Known<Scalar>;
  /** Path below the role, e.g. ['resource', 'memory'] or ['resources', 'requests', 'memory']. */
  readonly path: readonly string[];
}

/** Every memory value given in the spec for this role, in the order the operator prefers them. */
export function memoryFields(role: RoleView | undefined): MemoryField[] {
  const out: MemoryField[] = [];
  const add = (field: Field<Scalar> | undefined, path: string[]) => {
    if (isKnown(field) && field.value !== null) out.push({ field, path });
  };
  const resources = role?.resources;
  if (resources && !('kind' in resources)) {
    add(resources.requests.get('memory'), ['resources', 'requests', 'memory']);
    add(resources.limits.get('memory'), ['resources', 'limits', 'memory']);
  }
  const resource = role?.resource;
  if (resource && !('kind' in resource)) add(resource.memory, ['resource', 'memory']);
  return out;
}

/** A size in the style of the value it replaces: `4096Mi`, `4096m` or `4g`. */
export function sizeLike(previous: string, mib: number): string {
  const unit = /[a-zA-Z]+\s*$/.exec(previous.trim())?.[0] ?? '';
  if (/^[mM]i/.test(unit) || /^[gG]i/.test(unit)) return mib % 1024 === 0 && /^[gG]/.test(unit) ? `${mib / 1024}Gi` : `${mib}Mi`;
  if (/^[gG]/.test(unit) && mib % 1024 === 0) return `${mib / 1024}${unit[0]}`;
  return `${mib}m`;
}
