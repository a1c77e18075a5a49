/**
 * The pod template each role's pods are built from, as plain data: spec.podTemplate with the
 * role's podTemplate merged in as the operator merges them (flink-semantics.md §9.1): maps
 * recursively, the role's scalars winning; lists by position, or by name when
 * kubernetes.operator.pod-template.merge-arrays-by-name is true and every item has a name.
 */

import { FlinkResource } from '../model/types';
import { MapView } from '../yaml/map-view';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const BY_NAME = 'kubernetes.operator.pod-template.merge-arrays-by-name';

/** The merged template of one role, undefined when neither template is written. */
export function rolePodTemplate(resource: FlinkResource, role: 'jobManager' | 'taskManager'): Json | undefined {
  const spec = resource.spec;
  if (!spec) return undefined;
  const common = plain(spec.view.map('podTemplate'));
  const roleView = spec[role];
  const own = roleView && !('kind' in roleView) ? plain(roleView.view.map('podTemplate')) : undefined;
  const byName = spec.flinkConfiguration.entries.get(BY_NAME)?.value?.trim().toLowerCase() === 'true';
  if (common === undefined) return own;
  return own === undefined ? common : merge(common, own, byName);
}

function plain(view: ReturnType<MapView['map']>): Json | undefined {
  return view instanceof MapView && view.node ? (view.node.toJS(view.ctx.doc, { maxAliasCount: 100 }) as Json) : undefined;
}

export function merge(common: Json, role: Json, byName: boolean): Json {
  if (isObject(common) && isObject(role)) {
    const out: { [key: string]: Json } = { ...common };
    for (const [key, value] of Object.entries(role)) out[key] = key in common ? merge(common[key] as Json, value, byName) : value;
    return out;
  }
  if (Array.isArray(common) && Array.isArray(role)) return byName && named(common) && named(role) ? mergeByName(common, role, byName) : mergeByPosition(common, role, byName);
  return role === null || role === undefined ? common : role;
}

function mergeByPosition(common: Json[], role: Json[], byName: boolean): Json[] {
  return Array.from({ length: Math.max(common.length, role.length) }, (_, i) => (i >= role.length ? (common[i] as Json) : i >= common.length ? (role[i] as Json) : merge(common[i] as Json, role[i] as Json, byName)));
}

function mergeByName(common: Json[], role: Json[], byName: boolean): Json[] {
  const nameOf = (x: Json) => (x as { name: Json }).name;
  const merged = common.map((c) => {
    const same = role.find((r) => nameOf(r) === nameOf(c));
    return same === undefined ? c : merge(c, same, byName);
  });
  return [...merged, ...role.filter((r) => !common.some((c) => nameOf(c) === nameOf(r)))];
}

const isObject = (x: Json | undefined): x is { [key: string]: Json } => typeof x === 'object' && x !== null && !Array.isArray(x);
const named = (list: Json[]) => list.every((x) => isObject(x) && typeof x.name === 'string');
