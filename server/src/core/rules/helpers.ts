/** Small accessors shared by rules, so each rule reads like its reference section. */

import { Field, isKnown, Known, Scalar } from '../yaml/fields';
import { FlinkKind, JobView, RoleView, SpecView } from '../model/types';
import { EffectiveConfig } from '../projection/effective-config';
import { ConfigEntry } from '../model/flink-config';
import { removeEntry, setIn, Value } from '../edits/yaml-edit';
import { Span } from '../text/span';
import { operatorAtLeast } from '../versions/names';
import { nameOf, namespaceOf } from '../projection/links';
import { deploymentName, resolvedDefaults } from '../projection/cluster-context';
import { Fix, ResourceContext } from './types';
import { ResourceAnalysis } from '../analysis';

export function roleOf(spec: SpecView | undefined, name: 'jobManager' | 'taskManager'): RoleView | undefined {
  const role = spec?.[name];
  return role && !('kind' in role) ? role : undefined;
}

export function jobOf(spec: SpecView | undefined): JobView | undefined {
  const job = spec?.job;
  return job && !('kind' in job) ? job : undefined;
}

/** A field's value when it is known and not null. */
export function valueOf(field: Field<Scalar> | undefined): Known<Scalar> | undefined {
  return isKnown(field) && field.value !== null ? field : undefined;
}

export function intOf(field: Field<Scalar> | undefined): number | undefined {
  const v = valueOf(field)?.value;
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/** The session deployment a session job targets, when it is among the analysed resources. */
export function sessionClusterOf(ctx: ResourceContext): SpecView | undefined {
  if (ctx.resource.kind !== 'FlinkSessionJob') return undefined;
  return deploymentNamed(ctx.all, namespaceOf(ctx.resource), deploymentName(ctx.resource))?.resource.spec;
}

const DEPLOYMENTS = new WeakMap<readonly ResourceAnalysis[], Map<string, Map<string, ResourceAnalysis>>>();

/** The first FlinkDeployment of that namespace and name in the set (indexed once per set, not searched per session job). */
export function deploymentNamed(all: readonly ResourceAnalysis[], namespace: string, name: string): ResourceAnalysis | undefined {
  return deploymentsIn(all, namespace)?.get(name);
}

/** The names of the set's FlinkDeployments in a namespace, each once, in the order they come. */
export function deploymentNamesIn(all: readonly ResourceAnalysis[], namespace: string): string[] {
  return [...(deploymentsIn(all, namespace)?.keys() ?? [])].filter((n) => Boolean(n));
}

function deploymentsIn(all: readonly ResourceAnalysis[], namespace: string): Map<string, ResourceAnalysis> | undefined {
  let byNamespace = DEPLOYMENTS.get(all);
  if (!byNamespace) {
    byNamespace = new Map();
    for (const r of all) {
      if (r.resource.kind !== 'FlinkDeployment') continue;
      const ns = namespaceOf(r.resource);
      const names = byNamespace.get(ns) ?? byNamespace.set(ns, new Map()).get(ns);
      if (names && !names.has(nameOf(r.resource))) names.set(nameOf(r.resource), r);
    }
    DEPLOYMENTS.set(all, byNamespace);
  }
  return byNamespace.get(namespace);
}

/**
 * A session job whose session cluster is not among the analysed resources: the operator checks
 * such a job against the cluster's configuration (§12.4), so those checks cannot be made here.
 */
export function clusterUnknown(ctx: ResourceContext): boolean {
  return ctx.resource.kind === 'FlinkSessionJob' && !sessionClusterOf(ctx);
}

/**
 * The configuration the operator's validator sees (§4.0): operator defaults plus the resource's
 * flinkConfiguration (for a session job, the session cluster's first). No spec-derived keys.
 */
export function validatorConfig(ctx: ResourceContext): EffectiveConfig {
  return memo(ctx, 'validatorConfig', () => {
    const own = ctx.resource.spec?.flinkConfiguration;
    const clusterSpec = sessionClusterOf(ctx);
    const defaults = resolvedDefaults(ctx.options, ctx.resource, clusterSpec ?? ctx.resource.spec);
    return new EffectiveConfig(defaults, [clusterSpec?.flinkConfiguration, own].filter((c) => c !== undefined));
  });
}

/** Where a context keeps what was computed from it (a property, not a WeakMap: cheaper to collect). */
const MEMOS = Symbol('memos');

/** Computes something once per rule context (all rules of a resource share one context). */
export function memo<T>(ctx: object, key: string, compute: () => T): T {
  const holder = ctx as { [MEMOS]?: Map<string, unknown> };
  let map = holder[MEMOS];
  // Not enumerable, so a context spread into another never shares what this one computed.
  if (!map) Object.defineProperty(ctx, MEMOS, { value: (map = new Map()) });
  if (!map.has(key)) map.set(key, compute());
  return map.get(key) as T;
}

/** The resource's own flinkConfiguration entry for a key. */
export function ownEntry(ctx: ResourceContext, key: string): ConfigEntry | undefined {
  return ctx.resource.spec?.flinkConfiguration.entries.get(key);
}

/** Where to point when a whole spec part is at fault: its key, else the spec, else the kind. */
export function anchor(ctx: ResourceContext, ...spans: Array<Span | undefined>): Span {
  return spans.find((s) => s !== undefined) ?? ctx.resource.kindSpan;
}

export function setFix(ctx: ResourceContext, path: readonly string[], value: Value, title: string, preferred = false): Fix | undefined {
  const edit = setIn(ctx.resource.document, ctx.text, path, value);
  return edit ? { title, edits: [edit], preferred } : undefined;
}

/** Path of a flinkConfiguration key, written flat (valid in every operator version). */
export function configPath(ctx: { resource: { kind: FlinkKind } }, key: string): string[] {
  return ctx.resource.kind === 'FlinkBlueGreenDeployment' ? ['spec', 'template', 'spec', 'flinkConfiguration', key] : ['spec', 'flinkConfiguration', key];
}

/** Path of a spec field for this resource kind (BlueGreen nests the spec in its template). */
export function specPath(ctx: { resource: { kind: FlinkKind } }, ...rest: string[]): string[] {
  return ctx.resource.kind === 'FlinkBlueGreenDeployment' ? ['spec', 'template', 'spec', ...rest] : ['spec', ...rest];
}

export function removeFix(ctx: ResourceContext, field: { keySpan?: Span; span: Span }, title: string, preferred = false): Fix | undefined {
  if (!field.keySpan) return undefined;
  const edit = removeEntry(ctx.text, field.keySpan, field.span.end);
  return edit ? { title, edits: [edit], preferred } : undefined;
}

export function fixes(...candidates: Array<Fix | undefined>): Fix[] {
  return candidates.filter((f): f is Fix => f !== undefined);
}

export function atLeast(ctx: ResourceContext, version: string): boolean {
  return operatorAtLeast(ctx.options.operatorVersion, version);
}

/**
 * `absent` for a finding that relies on the default slot count: when nothing sets
 * taskmanager.numberOfTaskSlots, a misspelt slot key explains the finding (precedence.ts).
 */
export function slotsDefaulted(ctx: ResourceContext): string[] | undefined {
  const key = 'taskmanager.numberOfTaskSlots';
  const written = ctx.resource.spec?.flinkConfiguration.entries.has(key) || sessionClusterOf(ctx)?.flinkConfiguration.entries.has(key) || key in ctx.options.operatorDefaults;
  return written ? undefined : [`spec.flinkConfiguration.${key}`];
}
