/** jobManager / taskManager / job blocks of a spec, read into the typed view. */

import { isScalar, Node } from 'yaml';
import { MapView, resolve } from '../yaml/map-view';
import { Field, known, Scalar, unknown } from '../yaml/fields';
import { DeprecatedResourceView, JobView, ResourceRequirementsView, RoleView } from './types';

export function readRole(spec: MapView, key: string): RoleView | Field<never> | undefined {
  const view = spec.map(key);
  if (!(view instanceof MapView)) return view;
  const entry = spec.get(key);
  return {
    view,
    span: view.span,
    keySpan: entry?.keySpan ?? view.span,
    replicas: view.scalar('replicas'),
    resource: readResource(view),
    resources: readResources(view),
    podTemplate: view.get('podTemplate')?.value ? view.get('podTemplate')?.keySpan : undefined,
  };
}

function readResource(role: MapView): DeprecatedResourceView | Field<never> | undefined {
  const view = role.map('resource');
  if (!(view instanceof MapView)) return view;
  return { span: view.span, cpu: view.scalar('cpu'), memory: view.scalar('memory'), ephemeralStorage: view.scalar('ephemeralStorage') };
}

function readResources(role: MapView): ResourceRequirementsView | Field<never> | undefined {
  const view = role.map('resources');
  if (!(view instanceof MapView)) return view;
  const requests = quantityMap(view, 'requests');
  const limits = quantityMap(view, 'limits');
  const templated = requests === undefined || limits === undefined || view.open;
  return { span: view.span, requests: requests ?? new Map(), limits: limits ?? new Map(), unknown: templated ? 'set by a template expression' : undefined };
}

/** `undefined` when the block is templated (its keys cannot be known). */
function quantityMap(view: MapView, key: string): Map<string, Field<Scalar>> | undefined {
  const section = view.map(key);
  if (section === undefined) return new Map();
  if (!(section instanceof MapView) || section.open) return undefined;
  return new Map(section.entries.map((e) => [e.key, section.entryScalar(e)]));
}

export function readJob(spec: MapView): JobView | Field<never> | undefined {
  const view = spec.map('job');
  if (!(view instanceof MapView)) return view;
  const fields = new Map<string, Field<Scalar>>();
  for (const e of view.entries) if (e.key !== 'args') fields.set(e.key, view.entryScalar(e));
  return {
    view,
    span: view.span,
    keySpan: spec.get('job')?.keySpan ?? view.span,
    fields,
    jarURI: view.scalar('jarURI'),
    parallelism: view.scalar('parallelism'),
    upgradeMode: view.scalar('upgradeMode'),
    state: view.scalar('state'),
    entryClass: view.scalar('entryClass'),
    args: readArgs(view),
  };
}

function readArgs(job: MapView): Field<readonly string[]> | undefined {
  const list = job.seq('args');
  if (!list || list.kind === 'unknown') return list;
  const values: string[] = [];
  for (const item of list.value) {
    const node = resolve(job.ctx.doc, item as Node);
    if (!isScalar(node)) return unknown('every argument should be a single value', list.span, list.keySpan);
    values.push(node.value === null ? '' : String(node.value));
  }
  return known(values, '', list.span, list.keySpan);
}
