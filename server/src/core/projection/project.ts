/**
 * Projects one Flink resource: effective configuration, parallelism, slots, TaskManager and
 * JobManager pods with CPU and the full memory model, totals and the autoscaler's range.
 */

import { isKnown } from '../yaml/fields';
import { FlinkResource, SpecView } from '../model/types';
import { EffectiveConfig } from './effective-config';
import { readInt } from './config-values';
import { Derived, derived, notKnown } from './derived';
import { applySpecResources } from './spec-resources';
import { deploymentMode } from './mode';
import { flinkVersionNumber } from './versions';
import { effectiveParallelism, isJobView, isRole } from './parallelism';
import { slotsNeeded } from './slot-sharing';
import { statusReplicas, TaskManagerInput, taskManagerCount } from './task-managers';
import { deriveTaskManagerMemory, networkMaxDefault } from './tm-memory';
import { deriveJobManagerMemory } from './jm-memory';
import { jobManagerCpu, taskManagerCpu } from './cpu';
import { memoryOutcome, podProjection } from './pods';
import { totals } from './totals';
import { autoscalerRange } from './autoscaler';
import { collectUnknowns } from './unknowns';
import { ClusterType, Projection } from './types';

export interface ProjectionOptions {
  /** Target operator release, e.g. "1.15". */
  readonly operatorVersion: string;
  /** flinkConfiguration the user's operator installation applies to every resource. */
  readonly operatorDefaults: Readonly<Record<string, string>>;
}

export interface ProjectionLinks {
  /** For a FlinkSessionJob: its session FlinkDeployment, when found. */
  readonly sessionCluster?: FlinkResource;
  /** For a session FlinkDeployment: slots needed by the session jobs found for it. */
  readonly sessionJobSlots?: Derived<number>;
}

export function project(resource: FlinkResource, options: ProjectionOptions, links: ProjectionLinks = {}): Projection {
  const isSessionJob = resource.kind === 'FlinkSessionJob';
  const clusterSpec: SpecView | undefined = isSessionJob ? links.sessionCluster?.spec : resource.spec;
  const clusterConfig = new EffectiveConfig(options.operatorDefaults, clusterSpec ? [clusterSpec.flinkConfiguration] : []);
  const jobConfig = isSessionJob ? new EffectiveConfig(options.operatorDefaults, [clusterSpec?.flinkConfiguration, resource.spec?.flinkConfiguration].filter((c) => c !== undefined)) : clusterConfig;
  applySpecResources(clusterConfig, 'jobManager', clusterSpec?.jobManager);
  applySpecResources(clusterConfig, 'taskManager', clusterSpec?.taskManager);
  const clusterType: ClusterType = isSessionJob ? 'session-job' : resource.spec?.job ? 'application' : 'session';
  const missingCluster = isSessionJob && !clusterSpec ? `session deployment "${deploymentName(resource)}" was not found among the analysed resources` : undefined;
  const mode = missingCluster ? notKnown<'native' | 'standalone'>(missingCluster) : deploymentMode(clusterSpec);
  const flinkVersion = flinkVersionNumber(clusterSpec?.flinkVersion);
  const slots = missingCluster ? notKnown<number>(missingCluster) : slotsPerTaskManager(clusterConfig);
  const explicitStandalone = isKnown(clusterSpec?.mode) && clusterSpec?.mode.value === 'standalone';
  const { parallelism, ignoredJobParallelism } = effectiveParallelism({ resource, config: jobConfig, mode, explicitStandalone, slots, operatorVersion: options.operatorVersion });
  const demand = clusterType === 'session' ? { groups: [], slotsNeeded: links.sessionJobSlots ?? derived(0, 'no session jobs found for this cluster') } : slotsNeeded(resource.hint, parallelism);
  const tmRole = clusterSpec?.taskManager && isRole(clusterSpec.taskManager) ? clusterSpec.taskManager : undefined;
  const tmInput: TaskManagerInput = { clusterType, mode, parallelism, slots, slotsNeeded: demand.slotsNeeded, replicas: tmRole?.replicas, sessionJobSlots: links.sessionJobSlots, suspended: isSuspended(resource) };
  const tmCount = taskManagerCount(tmInput);
  const jmCount = isSessionJob ? derived(0, 'a session job runs in the session cluster\'s JobManager') : jobManagerCount(resource);
  const podsHere = isSessionJob ? derived(0, `pods belong to session cluster "${deploymentName(resource)}"`) : undefined;
  const unresolved = missingCluster ? ({ status: 'unknown', reason: missingCluster } as const) : undefined;
  const tmMemory = unresolved ?? memoryOutcome(() => deriveTaskManagerMemory(clusterConfig, networkMaxDefault(flinkVersion.value ?? undefined)));
  const jmMemory = unresolved ?? memoryOutcome(() => deriveJobManagerMemory(clusterConfig));
  const taskManager = podProjection(clusterConfig, tmCount, taskManagerCpu(clusterConfig, slots), tmMemory, 'taskmanager');
  const jobManager = podProjection(clusterConfig, jmCount, jobManagerCpu(clusterConfig), jmMemory, 'jobmanager');
  const total = totals(jobManager, podsHere ? { ...taskManager, count: podsHere } : taskManager);
  const totalSlots = tmCount.value === null || slots.value === null ? notKnown<number>('TaskManagers or slots unknown') : derived(tmCount.value * slots.value, `${tmCount.value} TaskManagers × ${slots.value} slots`);
  const projection: Omit<Projection, 'unknown'> = {
    clusterType, mode, flinkVersion, parallelism, ignoredJobParallelism,
    slotsPerTaskManager: slots, slotSharingGroups: demand.groups, slotsNeeded: demand.slotsNeeded,
    totalSlots, idleSlots: difference(totalSlots, demand.slotsNeeded, 'slots not used by the job'),
    missingSlots: mode.value === 'standalone' ? difference(demand.slotsNeeded, totalSlots, 'slots the job needs beyond the fixed TaskManagers') : derived(0, 'native mode starts the TaskManagers the job needs'),
    statusReplicas: statusReplicas(tmInput), taskManager, jobManager, totals: total,
    autoscaler: autoscalerRange({ config: jobConfig, groups: demand.groups, slots, mode, fixedTaskManagers: mode.value === 'standalone' && tmRole?.replicas ? tmCount.value ?? undefined : undefined, jobManager, taskManager }),
    sessionCluster: isSessionJob && clusterSpec ? deploymentName(resource) : undefined,
  };
  return { ...projection, unknown: collectUnknowns(projection) };
}

function slotsPerTaskManager(config: EffectiveConfig): Derived<number> {
  const read = readInt(config, 1, 'taskmanager.numberOfTaskSlots');
  if (read.kind === 'unknown') return notKnown(read.reason);
  if (read.kind === 'invalid') return notKnown(read.message);
  return derived(read.value ?? 1, read.setting?.source ?? 'Flink default of 1 slot', read.setting?.span);
}

function jobManagerCount(resource: FlinkResource): Derived<number> {
  if (isSuspended(resource)) return derived(0, 'job.state is suspended: the operator removes the cluster');
  const jm = resource.spec?.jobManager;
  if (jm && !isRole(jm)) return notKnown(`spec.jobManager: ${jm.kind === 'unknown' ? jm.reason : 'not a mapping'}`, jm.span);
  const replicas = jm?.replicas;
  if (!replicas || (isKnown(replicas) && replicas.value === null)) return derived(1, 'spec.jobManager.replicas defaults to 1');
  if (!isKnown(replicas)) return notKnown(`spec.jobManager.replicas: ${replicas.reason}`, replicas.span);
  if (typeof replicas.value !== 'number' || !Number.isInteger(replicas.value) || replicas.value < 1) return notKnown(`spec.jobManager.replicas "${replicas.text}" is not a whole number of at least 1`, replicas.span);
  return derived(replicas.value, `spec.jobManager.replicas ${replicas.value}`, replicas.span);
}

function isSuspended(resource: FlinkResource): boolean {
  const job = resource.spec?.job;
  return !!job && isJobView(job) && isKnown(job.state) && job.state.value === 'suspended';
}

export function deploymentName(resource: FlinkResource): string {
  const field = resource.spec?.deploymentName;
  return isKnown(field) && field.value !== null ? String(field.value) : '';
}

function difference(a: Derived<number>, b: Derived<number>, what: string): Derived<number> {
  if (a.value === null || b.value === null) return notKnown(a.value === null ? a.reason : b.reason);
  return derived(Math.max(0, a.value - b.value), what);
}
