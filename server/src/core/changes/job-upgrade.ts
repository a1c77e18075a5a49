/**
 * What an upgrade does to a job (spec-changes.md §4, §5; AbstractJobReconciler): the new spec's
 * upgradeMode decides how a running job is stopped and restored; a suspended job resumes with
 * the mode it was suspended with unless the new spec says stateless.
 */

import { formatDuration, parseDuration } from '../units/duration';
import { haActive, isSet, isTrue, SAVEPOINT_DIR } from '../rules/flink-keys';
import { Action, action } from './action-types';
import { Facts, keepsState } from './facts';

const MAX_AGE = 'kubernetes.operator.job.upgrade.last-state.max.allowed.checkpoint.age';
const FALLBACK = 'kubernetes.operator.job.upgrade.last-state-fallback.enabled';
const CANCEL = 'kubernetes.operator.job.upgrade.last-state.job-cancel.enabled';

/** The job runs before and after: it is stopped per the new upgradeMode and redeployed. */
export function restart(base: Facts, current: Facts, versionChanged: boolean): Action {
  const where = current.jobKind === 'session-job' ? ` in session cluster ${current.sessionCluster || '(unnamed)'} (the cluster keeps running)` : '';
  switch (current.upgradeMode) {
    case 'stateless':
      return keepsState(base)
        ? action('restarts without state', `cancels the job and starts it again${where} without state: discards the job's state`, 'discarded')
        : action('restarts without state', `cancels the job and starts it again${where} without state (it takes no checkpoints)`, 'discarded');
    case 'savepoint':
      return action('restarts from a savepoint', `stops the job with a savepoint and restores it from that savepoint${where}`, 'savepoint', [savepointFallback(current)]);
    case 'last-state':
      return lastState(base, current, versionChanged, where);
    default:
      return action('restarts the job', `stops and redeploys the job${where}; how its state is kept depends on job.upgradeMode, which a template sets`, 'depends');
  }
}

function savepointFallback(current: Facts): string {
  const fallback = current.config.get(FALLBACK);
  const off = fallback.kind === 'set' && fallback.value.trim().toLowerCase() === 'false';
  return off
    ? `if the job is not running when the change arrives, the operator restores from the last savepoint or checkpoint it knows of, or waits (${FALLBACK} is false)`
    : `if the job is not running when the change arrives, the operator restores from the last savepoint or checkpoint it knows of, or falls back to its latest checkpoint (${FALLBACK}, default true)`;
}

function lastState(base: Facts, current: Facts, versionChanged: boolean, where: string): Action {
  if (versionChanged) {
    const savepointDir = isSet(base.config, SAVEPOINT_DIR);
    const why = 'a Flink version change cannot restore through HA metadata';
    if (savepointDir === true) return action('restarts from a savepoint', `stops the job with a savepoint and restores it from that savepoint${where} (${why})`, 'savepoint', ['if the job is not running, it cancels the job and restores from its latest checkpoint']);
    if (savepointDir === false) return action('restarts from the last checkpoint', `cancels the job and restores it from its latest checkpoint${where} (${why}, and no savepoint directory is set)`, 'last-checkpoint');
    return action('restarts the job', `stops the job and restores it${where}: with a savepoint if a savepoint directory is set, else from its latest checkpoint`, 'depends');
  }
  const conditions: string[] = [];
  const maxAge = current.config.get(MAX_AGE);
  if (maxAge.kind === 'set') {
    const ms = parseDuration(maxAge.value);
    conditions.push(`if its latest completed checkpoint is older than ${typeof ms === 'number' ? formatDuration(ms) : maxAge.value} (${MAX_AGE}), the operator waits for a pending checkpoint or takes a savepoint instead`);
  }
  if (restoresThroughHa(base, current)) {
    conditions.unshift('if the HA metadata is missing, the operator cancels the job and restores from its latest checkpoint instead');
    return action('restarts from the last checkpoint', 'deletes the JobManager, keeps the HA metadata and restores the job from its latest checkpoint through it', 'last-checkpoint', conditions);
  }
  return action('restarts from the last checkpoint', `cancels the job and restores it from its latest checkpoint${where}`, 'last-checkpoint', conditions);
}

/** A last-state upgrade of an application with HA on restores through the kept HA metadata. */
export function restoresThroughHa(base: Facts, current: Facts): boolean {
  return current.upgradeMode === 'last-state' && current.jobKind !== 'session-job' && haActive(base.config) === true && isTrue(base.config, CANCEL) === false;
}

/** running → suspended: stopped per the new upgradeMode, nothing redeployed. */
export function suspend(current: Facts): Action {
  switch (current.upgradeMode) {
    case 'stateless':
      return action('suspends the job (state discarded)', 'cancels the job and deploys nothing while it is suspended: its state is discarded', 'discarded');
    case 'savepoint':
      return action('suspends the job with a savepoint', 'stops the job with a savepoint and deploys nothing while it is suspended', 'savepoint');
    case 'last-state':
      return action('suspends the job', 'stops the job keeping its latest checkpoint (the JobManager is deleted, HA metadata kept) and deploys nothing while it is suspended', 'last-checkpoint');
    default:
      return action('suspends the job', 'stops the job and deploys nothing while it is suspended; how its state is kept depends on job.upgradeMode, which a template sets', 'depends');
  }
}

/** suspended → running: the mode recorded at suspension wins unless the new spec says stateless. */
export function resume(base: Facts, current: Facts): Action {
  if (current.upgradeMode === 'stateless') return action('resumes without state', 'starts the job again without state (upgradeMode stateless)', base.upgradeMode === 'stateless' ? 'none' : 'discarded');
  switch (base.upgradeMode) {
    case 'last-state':
      return action('resumes from the last checkpoint', 'resumes the job from the latest checkpoint it was suspended with; the HA metadata from the suspension must still be there', 'last-checkpoint');
    case 'savepoint':
      return action('resumes from its savepoint', 'resumes the job from the savepoint taken when it was suspended', 'savepoint');
    case 'stateless':
      return action('resumes without state', 'starts the job again without state (it was suspended stateless)', 'none');
    default:
      return action('resumes the job', 'resumes the job with the upgrade mode it was suspended with, which a template sets', 'depends');
  }
}
