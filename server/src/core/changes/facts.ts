/**
 * What the action depends on, read from one side of the change: kind and cluster type, mode,
 * Flink version, the job's desired state and upgrade mode, and the configuration the operator
 * reads (its defaults, the session cluster's and the resource's flinkConfiguration).
 */

import { FlinkResource } from '../model/types';
import { clusterContext, deploymentName } from '../projection/cluster-context';
import { EffectiveConfig } from '../projection/effective-config';
import { nameOf, namespaceOf } from '../projection/links';
import { Projection } from '../projection/types';
import { isKnown } from '../yaml/fields';
import { jobOf } from '../rules/helpers';
import { checkpointIntervalOn } from '../rules/checkpoint-timing';
import { ChangeOptions } from './types';
import { Mode } from './diff-rules';

export type JobKind = 'application' | 'session' | 'session-job' | 'blue-green';

export interface SideResource {
  readonly resource: FlinkResource;
  readonly projection?: Projection;
  /** Offset of the resource's text in the side's whole text (chunks of an open editor). */
  readonly offset: number;
  readonly file?: string;
  /** The text the resource's spans point into, when known: equal source means no change. */
  readonly text?: string;
}

export interface Facts {
  readonly jobKind: JobKind;
  /** undefined when a template decides, or a session job's cluster is not found. */
  readonly mode: Mode | undefined;
  readonly flinkVersion: number | null;
  /** undefined when a template decides. */
  readonly jobState: 'running' | 'suspended' | undefined;
  readonly upgradeMode: 'stateless' | 'savepoint' | 'last-state' | undefined;
  /** Operator defaults + the cluster's + the resource's own flinkConfiguration. */
  readonly config: EffectiveConfig;
  readonly sessionCluster?: string;
  readonly clusterFound: boolean;
}

export function factsOf(side: SideResource, all: readonly SideResource[], options: ChangeOptions): Facts {
  const r = side.resource;
  const isSessionJob = r.kind === 'FlinkSessionJob';
  const cluster = isSessionJob ? all.find((x) => x.resource.kind === 'FlinkDeployment' && nameOf(x.resource) === deploymentName(r) && namespaceOf(x.resource) === namespaceOf(r))?.resource : undefined;
  const ctx = clusterContext(r, options, cluster);
  const job = jobOf(r.spec);
  const state = job?.state;
  const mode = job?.upgradeMode;
  return {
    jobKind: isSessionJob ? 'session-job' : r.kind === 'FlinkBlueGreenDeployment' ? 'blue-green' : job ? 'application' : 'session',
    mode: ctx.mode.value ?? undefined,
    flinkVersion: ctx.flinkVersion.value,
    jobState: state?.kind === 'unknown' ? undefined : isKnown(state) && state.value === 'suspended' ? 'suspended' : 'running',
    upgradeMode: mode?.kind === 'unknown' ? undefined : isKnown(mode) && (mode.value === 'savepoint' || mode.value === 'last-state') ? mode.value : 'stateless',
    config: ctx.jobConfig,
    sessionCluster: isSessionJob ? deploymentName(r) : undefined,
    clusterFound: !isSessionJob || !!cluster,
  };
}

/**
 * The job has state worth losing: it checkpoints (last-state gets a default interval), or its
 * upgrades carry state over through savepoints or checkpoints (a job that takes no checkpoints
 * still keeps state in its operators, which a savepoint upgrade would have kept); an interval of
 * 0 turns checkpointing off. Unknown
 * (a template decides) counts as state.
 */
export function keepsState(facts: Facts): boolean {
  return facts.upgradeMode !== 'stateless' || checkpointIntervalOn(facts.config) !== false;
}
