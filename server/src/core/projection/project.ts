/**
 * Projects one Flink resource: parallelism, slots, TaskManager and JobManager pods with CPU and
 * the full memory model, totals and the autoscaler's range. Each step lives in its own file.
 */

import { isKnown } from '../yaml/fields';
import { plural } from '../format/numbers';
import { FlinkResource } from '../model/types';
import { Derived, derived, notKnown } from './derived';
import { ClusterContext, clusterContext, deploymentName } from './cluster-context';
import { effectiveParallelism, isJobView, isRole, largestOverride } from './parallelism';
import { slotsNeeded } from './slot-sharing';
import { statusReplicas, TaskManagerInput, taskManagerCount } from './task-managers';
import { roleMemories } from './memory';
import { MemoryFailure } from './memory-common';
import { jobManagerCpu, taskManagerCpu } from './cpu';
import { podProjection } from './pods';
import { totals } from './totals';
import { autoscalerRange } from './autoscaler';
import { collectUnknowns } from './unknowns';
import { volumeClaims } from './volumes';
import { MemoryOutcome, Projection } from './types';

export { deploymentName };

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
  const cluster = clusterContext(resource, options, links.sessionCluster);
  const { clusterType, mode, slots } = cluster;
  const { parallelism, ignoredJobParallelism, overriddenJobParallelism } = effectiveParallelism({ resource, config: cluster.jobConfig, mode, explicitStandalone: cluster.explicitStandalone, slots, operatorVersion: options.operatorVersion });
  const demand = clusterType === 'session'
    ? { groups: [], slotsNeeded: links.sessionJobSlots ?? derived(0, 'no session jobs found for this cluster') }
    : slotsNeeded(resource.hint, parallelism, mode.value === 'standalone' ? undefined : largestOverride(cluster.jobConfig));
  const tmRole = cluster.spec?.taskManager && isRole(cluster.spec.taskManager) ? cluster.spec.taskManager : undefined;
  const tmInput: TaskManagerInput = { clusterType, mode, parallelism, slots, slotsNeeded: demand.slotsNeeded, replicas: tmRole?.replicas, sessionJobSlots: links.sessionJobSlots, suspended: suspendedState(resource) };
  const tmCount = cluster.typeUncertain ? notKnown<number>('a template may add a job to this spec, so it may be an application or a session cluster') : taskManagerCount(tmInput);
  const { taskManager, jobManager } = pods(resource, cluster, tmCount, options.operatorVersion);
  const podsElsewhere = clusterType === 'session-job' ? derived(0, `its pods belong to session cluster "${deploymentName(resource)}"`) : undefined;
  const tms = taskManager.count;
  const totalSlots = tms.value === null || slots.value === null ? notKnown<number>('TaskManagers or slots unknown') : derived(tms.value * slots.value, `${plural(tms.value, 'TaskManager')} × ${plural(slots.value, 'slot')}`);
  const fixedTaskManagers = mode.value === 'standalone' && tmRole?.replicas ? tms.value ?? undefined : undefined;
  const projection: Omit<Projection, 'unknown'> = {
    clusterType, mode, flinkVersion: cluster.flinkVersion, parallelism, ignoredJobParallelism, overriddenJobParallelism,
    slotsPerTaskManager: slots, slotSharingGroups: demand.groups, slotsNeeded: demand.slotsNeeded,
    totalSlots, idleSlots: difference(totalSlots, demand.slotsNeeded, 'slots not used by the job'),
    missingSlots: mode.value === 'standalone' ? difference(demand.slotsNeeded, totalSlots, 'slots the job needs beyond the fixed TaskManagers') : derived(0, 'native mode starts the TaskManagers the job needs'),
    statusReplicas: statusReplicas(tmInput), taskManager, jobManager,
    totals: totals(jobManager, podsElsewhere ? { ...taskManager, count: podsElsewhere } : taskManager),
    autoscaler: clusterType === 'session' ? undefined : autoscalerRange({ config: cluster.jobConfig, groups: demand.groups, slots, mode, fixedTaskManagers, jobManager, taskManager }),
    sessionCluster: clusterType === 'session-job' && cluster.spec ? deploymentName(resource) : undefined,
    volumeClaims: cluster.missing ? undefined : volumeClaims(cluster.config, cluster.flinkVersion, cluster.spec?.flinkConfiguration.entries.has('kubernetes.persistent-volume-claims') ?? false),
  };
  return { ...projection, unknown: collectUnknowns(projection) };
}

function pods(resource: FlinkResource, cluster: ClusterContext, tmCountIfDeployed: Derived<number>, operatorVersion: string): Pick<Projection, 'taskManager' | 'jobManager'> {
  const { config, slots } = cluster;
  const memories = roleMemories(cluster, operatorVersion);
  const failure = firstFailure(memories.jobManager.outcome, memories.taskManager.outcome);
  const deployFails = failure ? derived(0, `${STAGE_WORDS[failure.stage]}: ${failure.message}`) : undefined;
  const isSessionJob = cluster.clusterType === 'session-job';
  const tmCount = deployFails && !isSessionJob ? deployFails : tmCountIfDeployed;
  const jmCount = isSessionJob ? derived(0, 'a session job runs in the session cluster\'s JobManager') : deployFails ?? jobManagerCount(resource);
  // A session job's pods belong to its cluster: without the cluster their CPU is unknown, not the default.
  const unknownCpu = cluster.missing ? { cpu: notKnown<number>(cluster.missing), limit: notKnown<number>(cluster.missing) } : undefined;
  return {
    taskManager: podProjection(config, tmCount, unknownCpu ?? taskManagerCpu(config, slots), memories.taskManager, 'taskmanager'),
    jobManager: podProjection(config, jmCount, unknownCpu ?? jobManagerCpu(config), memories.jobManager, 'jobmanager'),
  };
}

const STAGE_ORDER: readonly MemoryFailure['stage'][] = ['validator', 'operator', 'jobmanager', 'taskmanager'];

export const STAGE_WORDS: Record<MemoryFailure['stage'], string> = {
  validator: 'the operator rejects the resource',
  operator: 'the operator fails to deploy it, so no pod starts',
  jobmanager: 'the JobManager fails at start',
  taskmanager: 'the TaskManagers fail at start',
};

/** The failure a user meets first: earlier stages first, the JobManager before the TaskManager. */
function firstFailure(...outcomes: MemoryOutcome<unknown>[]): MemoryFailure | undefined {
  const failures = outcomes.flatMap((o) => (o.status === 'failed' ? [o.failure] : []));
  return failures.sort((a, b) => STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage))[0];
}

function jobManagerCount(resource: FlinkResource): Derived<number> {
  const suspended = suspendedState(resource);
  if (suspended === undefined) return notKnown('spec.job.state is set by a template expression');
  if (suspended) return derived(0, 'job.state is suspended: the operator removes the cluster');
  const jm = resource.spec?.jobManager;
  if (jm && !isRole(jm)) return notKnown(`spec.jobManager: ${jm.kind === 'unknown' ? jm.reason : 'not a mapping'}`, jm.span);
  const replicas = jm?.replicas;
  if (!replicas || (isKnown(replicas) && replicas.value === null)) return derived(1, 'spec.jobManager.replicas defaults to 1');
  if (!isKnown(replicas)) return notKnown(`spec.jobManager.replicas: ${replicas.reason}`, replicas.span);
  if (typeof replicas.value !== 'number' || !Number.isInteger(replicas.value) || replicas.value < 1) return notKnown(`spec.jobManager.replicas "${replicas.text}" is not a whole number of at least 1`, replicas.span);
  return derived(replicas.value, `spec.jobManager.replicas ${replicas.value}`, replicas.span);
}

/** true/false, or undefined when a template decides job.state. */
export function suspendedState(resource: FlinkResource): boolean | undefined {
  const job = resource.spec?.job;
  if (!job || !isJobView(job)) return false;
  if (job.state?.kind === 'unknown') return undefined;
  return isKnown(job.state) && job.state.value === 'suspended';
}

function difference(a: Derived<number>, b: Derived<number>, what: string): Derived<number> {
  if (a.value === null || b.value === null) return notKnown(a.value === null ? a.reason : b.reason);
  return derived(Math.max(0, a.value - b.value), what);
}
