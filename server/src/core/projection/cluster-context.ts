/**
 * The cluster a resource runs in: for a FlinkDeployment its own spec, for a FlinkSessionJob the
 * session deployment's. Holds the effective configurations, mode, Flink version and slots.
 */

import { Field, isKnown, Scalar } from '../yaml/fields';
import { FlinkResource, RoleView, SpecView } from '../model/types';
import { chartDefaults, EffectiveConfig, OperatorDefaults } from './effective-config';
import { readInt } from './config-values';
import { Derived, derived, notKnown } from './derived';
import { applySpecResources } from './spec-resources';
import { deploymentMode } from './mode';
import { PATCH_REASON } from '../model/build';
import { flatDefaults, operatorDefaultsFor } from '../effective-config/operator-defaults';
import { namespaceOf } from './links';
import { flinkVersionNumber } from './flink-version';
import { ClusterType } from './types';

export interface ClusterContext {
  readonly clusterType: ClusterType;
  readonly spec?: SpecView;
  /** Operator defaults + the cluster's flinkConfiguration + spec-derived keys: sizes pods. */
  readonly config: EffectiveConfig;
  /** For a session job, the cluster's configuration plus the job's own: drives the job. */
  readonly jobConfig: EffectiveConfig;
  /** What the operator's validator sees: defaults and flinkConfiguration, no spec-derived keys (§4.0). */
  readonly validatorConfig: EffectiveConfig;
  /** Whether the spec gives each role's memory (the validator then skips Flink's model, §4.1 V-16/V-21). */
  readonly specMemory: { readonly jobManager: boolean; readonly taskManager: boolean };
  /** Set when a session job's deployment is not among the analysed resources. */
  readonly missing?: string;
  readonly mode: Derived<'native' | 'standalone'>;
  readonly explicitStandalone: boolean | undefined;
  /** A template may add a `job` to a spec without one: application or session is unknown. */
  readonly typeUncertain: boolean;
  readonly flinkVersion: Derived<number>;
  readonly slots: Derived<number>;
}

export function clusterContext(resource: FlinkResource, options: OperatorOptions, sessionCluster?: FlinkResource): ClusterContext {
  const isSessionJob = resource.kind === 'FlinkSessionJob';
  const spec = isSessionJob ? sessionCluster?.spec : resource.spec;
  const operator = resolvedDefaults(options, resource, spec);
  const config = new EffectiveConfig(operator, spec ? [spec.flinkConfiguration] : []);
  const validatorConfig = new EffectiveConfig(operator, spec ? [spec.flinkConfiguration] : []);
  const ownConfig = resource.spec?.flinkConfiguration;
  const jobConfig = isSessionJob && ownConfig ? new EffectiveConfig(operator, spec ? [spec.flinkConfiguration, ownConfig] : [ownConfig]) : config;
  applySpecResources(config, 'jobManager', spec?.jobManager);
  applySpecResources(config, 'taskManager', spec?.taskManager);
  const missing = !isSessionJob || spec ? undefined : resource.patch ? `the session deployment: ${PATCH_REASON}` : `session deployment "${deploymentName(resource)}" was not found among the analysed resources`;
  return {
    clusterType: isSessionJob ? 'session-job' : resource.spec?.job ? 'application' : 'session',
    spec,
    config,
    jobConfig,
    validatorConfig,
    specMemory: { jobManager: memoryDefined(spec?.jobManager), taskManager: memoryDefined(spec?.taskManager) },
    missing,
    mode: missing ? notKnown(missing) : deploymentMode(spec),
    explicitStandalone: spec?.mode?.kind === 'unknown' ? undefined : isKnown(spec?.mode) && spec?.mode.value === 'standalone',
    typeUncertain: !isSessionJob && !resource.spec?.job && !!resource.spec?.view.open,
    flinkVersion: flinkVersionNumber(spec?.flinkVersion),
    slots: missing ? notKnown(missing) : slotsPerTaskManager(config),
  };
}

/** The target operator and what its installation adds to every resource. */
export interface OperatorOptions {
  readonly operatorVersion: string;
  readonly operatorDefaults: Readonly<Record<string, string>>;
}

/** The operator's defaults for this resource's namespace and Flink version (§2.1 layers 1-3), over its chart's. */
export function resolvedDefaults(options: OperatorOptions, resource: FlinkResource, spec: SpecView | undefined): OperatorDefaults {
  const resolved = operatorDefaultsFor(options.operatorDefaults, namespaceOf(resource) || undefined, flinkVersionNumber(spec?.flinkVersion).value);
  return { values: flatDefaults(resolved), origins: Object.fromEntries(Object.entries(resolved).map(([k, v]) => [k, v.origin])), chart: chartDefaults(options.operatorVersion) };
}

/**
 * The validator's "memory is defined": `resource.memory` not blank, or a memory request or limit.
 * A templated role counts as defined: its value is unknown, not missing.
 */
export function memoryDefined(role: RoleView | Field<never> | undefined): boolean {
  if (!role) return false;
  if ('kind' in role) return true;
  const resources = role.resources;
  if (resources && ('kind' in resources || resources.unknown || given(resources.requests.get('memory')) || given(resources.limits.get('memory')))) return true;
  const resource = role.resource;
  if (!resource) return false;
  if ('kind' in resource) return true;
  const memory = resource.memory;
  if (!memory) return false;
  if (!isKnown(memory)) return true;
  return memory.value !== null && memory.text.trim() !== '';
}

function given(field: Field<Scalar> | undefined): boolean {
  return !!field && (!isKnown(field) || field.value !== null);
}

function slotsPerTaskManager(config: EffectiveConfig): Derived<number> {
  const read = readInt(config, 1, 'taskmanager.numberOfTaskSlots');
  if (read.kind === 'unknown') return notKnown(read.reason);
  if (read.kind === 'invalid') return notKnown(read.message);
  const slots = read.value ?? 1;
  if (slots < 1) return notKnown(`${read.setting?.source ?? 'taskmanager.numberOfTaskSlots'} is ${slots}; TaskManagers need at least 1 slot`, read.setting?.span);
  return derived(slots, read.setting?.source ?? 'Flink default of 1 slot', read.setting?.span);
}

export function deploymentName(resource: FlinkResource): string {
  const field = resource.spec?.deploymentName;
  return isKnown(field) && field.value !== null ? String(field.value) : '';
}
