/**
 * What an upgrade does to a job (spec-changes.md §4, §5; AbstractJobReconciler): the new spec's
 * upgradeMode decides how a running job is stopped and restored; a suspended job resumes with
 * the mode it was suspended with unless the new spec says stateless.
 */

import { Action, action, discarding, withoutState } from './action-types';
import { Facts, keepsState } from './facts';
import { lastStateRestart, lastStateResume, lastStateSuspend } from './last-state';

const FALLBACK = 'kubernetes.operator.job.upgrade.last-state-fallback.enabled';

/** Where a session job runs, for the sentences (an application's job needs no words). */
function placeOf(current: Facts): string {
  return current.jobKind === 'session-job' ? ` in session cluster ${current.sessionCluster || '(unnamed)'} (the cluster keeps running)` : '';
}

/** The job runs before and after: it is stopped per the new upgradeMode and redeployed. */
export function restart(base: Facts, current: Facts, versionChanged: boolean): Action {
  const where = placeOf(current);
  switch (current.upgradeMode) {
    case 'stateless':
      return withoutState('restarts without state', `cancels the job and starts it again${where} without state`, keepsState(base));
    case 'savepoint':
      return action('restarts from a savepoint', `stops the job with a savepoint and restores it from that savepoint${where}`, 'savepoint', [savepointFallback(current)]);
    case 'last-state':
      return lastStateRestart(base, current, versionChanged, where);
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

/** running → suspended: stopped per the new upgradeMode, nothing redeployed. */
export function suspend(base: Facts, current: Facts, versionChanged: boolean): Action {
  const where = placeOf(current);
  switch (current.upgradeMode) {
    case 'stateless':
      return withoutState('suspends the job (state discarded)', 'cancels the job and deploys nothing while it is suspended', keepsState(base));
    case 'savepoint':
      return action('suspends the job with a savepoint', 'stops the job with a savepoint and deploys nothing while it is suspended', 'savepoint');
    case 'last-state':
      return lastStateSuspend(base, current, versionChanged, where);
    default:
      return action('suspends the job', 'stops the job and deploys nothing while it is suspended; how its state is kept depends on job.upgradeMode, which a template sets', 'depends');
  }
}

/** suspended → running: the mode recorded at suspension wins unless the new spec says stateless. */
export function resume(base: Facts, current: Facts): Action {
  if (current.upgradeMode === 'stateless') {
    if (base.upgradeMode === 'stateless') return action('resumes without state', 'starts the job again without state (upgradeMode stateless)', 'none');
    return discarding('resumes without state', 'starts the job again without state (upgradeMode stateless): discards the state it was suspended with', 'discarded');
  }
  switch (base.upgradeMode) {
    case 'last-state':
      return lastStateResume(base);
    case 'savepoint':
      return action('resumes from its savepoint', 'resumes the job from the savepoint taken when it was suspended', 'savepoint');
    case 'stateless':
      return action('resumes without state', 'starts the job again without state (it was suspended stateless)', 'none');
    default:
      return action('resumes the job', 'resumes the job with the upgrade mode it was suspended with, which a template sets', 'depends');
  }
}
