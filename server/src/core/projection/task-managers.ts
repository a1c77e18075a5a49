/**
 * TaskManager pods (flink-semantics.md §3.2-3.4). Native: Flink starts pods on demand,
 * ceil(slots needed / slots per TaskManager). Standalone: a fixed Deployment of `replicas` pods,
 * or ceil(P / slots) for applications. The operator's status estimate is ceil(P / slots).
 */

import { Field, isKnown, Scalar } from '../yaml/fields';
import { ceilDiv, Derived, derived, notKnown } from './derived';
import { ClusterType } from './types';
import { isWholeNumber } from './parallelism';

export interface TaskManagerInput {
  readonly clusterType: ClusterType;
  readonly mode: Derived<'native' | 'standalone'>;
  readonly parallelism: Derived<number>;
  readonly slots: Derived<number>;
  readonly slotsNeeded: Derived<number>;
  readonly replicas?: Field<Scalar>;
  /** Session cluster: the slots of the session jobs found that run in it. */
  readonly sessionJobSlots?: Derived<number>;
  /** undefined when a template decides job.state. */
  readonly suspended: boolean | undefined;
}

export function taskManagerCount(input: TaskManagerInput): Derived<number> {
  const { slots, mode } = input;
  if (input.suspended === undefined) return notKnown('spec.job.state is set by a template expression');
  if (input.suspended) return derived(0, 'job.state is suspended: the operator removes the cluster');
  if (slots.value === null) return notKnown(`slots per TaskManager: ${slots.reason}`, slots.span);
  if (slots.value < 1) return notKnown(`taskmanager.numberOfTaskSlots ${slots.value} is below 1; TaskManagers cannot start`, slots.span);
  if (mode.value === null) return notKnown(`mode: ${mode.reason}`, mode.span);
  return mode.value === 'native' ? nativeCount(input, slots.value) : standaloneCount(input, slots.value);
}

function nativeCount(input: TaskManagerInput, slots: number): Derived<number> {
  if (input.clusterType === 'session') {
    const jobs = input.sessionJobSlots;
    if (!jobs || jobs.value === 0) return derived(0, 'native session cluster: TaskManagers start only when jobs are submitted');
    if (jobs.value === null) return notKnown(`session jobs: ${jobs.reason}`);
    return derived(ceilDiv(jobs.value, slots), `native session cluster: ${jobs.reason} need ${jobs.value} slots, ${slots} per TaskManager`);
  }
  const needed = input.slotsNeeded;
  if (needed.value === null) return notKnown(`slots needed: ${needed.reason}`, needed.span);
  return derived(ceilDiv(needed.value, slots), `native mode: Flink starts ceil(${needed.value} slots needed / ${slots} per TaskManager)`, needed.span);
}

function standaloneCount(input: TaskManagerInput, slots: number): Derived<number> {
  const replicas = input.replicas;
  if (replicas && !(isKnown(replicas) && replicas.value === null)) {
    if (!isKnown(replicas)) return notKnown(`spec.taskManager.replicas: ${replicas.reason}`, replicas.span);
    if (!isWholeNumber(replicas.value) || replicas.value < 1) return notKnown(`spec.taskManager.replicas "${replicas.text}" is not a whole number of at least 1`, replicas.span);
    return derived(replicas.value, `standalone mode: spec.taskManager.replicas ${replicas.value}`, replicas.span);
  }
  if (input.clusterType === 'session') return derived(1, 'standalone session cluster without replicas: one TaskManager');
  const p = input.parallelism;
  if (p.value === null) return notKnown(`parallelism: ${p.reason}`, p.span);
  return derived(ceilDiv(p.value, slots), `standalone mode: ceil(parallelism ${p.value} / ${slots} slots per TaskManager)`, p.span);
}

/** status.taskManager.replicas as the operator reports it (applications only). */
export function statusReplicas(input: TaskManagerInput): Derived<number> {
  if (input.clusterType !== 'application') return notKnown('only application deployments report status.taskManager.replicas');
  if (input.suspended === undefined) return notKnown('spec.job.state is set by a template expression');
  if (input.suspended) return derived(0, 'job.state is suspended');
  const { parallelism: p, slots } = input;
  if (p.value === null || slots.value === null || slots.value < 1) return notKnown('parallelism or slots unknown');
  return derived(ceilDiv(p.value, slots.value), `ceil(parallelism ${p.value} / ${slots.value} slots), ignoring slot sharing groups`);
}
