/**
 * How a last-state stop happens (spec-changes.md §4, §5; AbstractJobReconciler#getJobUpgrade and
 * #allowLastStateCancel, the same from 1.10 to 1.16). An application with HA deletes its
 * JobManager, keeps the HA metadata and records LAST_STATE; a session job, an application
 * without HA (no metadata to keep) or one with job-cancel.enabled is cancelled instead, and the
 * operator records SAVEPOINT with the latest checkpoint as the path to restore from
 * (JobUpgrade.lastStateUsingCancel). A Flink version change cannot go through HA metadata: it
 * takes a savepoint when a savepoint directory is set, else cancels. What was recorded decides
 * the resume: only a LAST_STATE record needs the HA metadata, and only it forbids a flinkVersion
 * change (V-4).
 */

import { formatDuration, parseDuration } from '../units/duration';
import { haActive, isSet, isTrue, SAVEPOINT_DIR } from '../rules/flink-keys';
import { Action, action } from './action-types';
import { Facts } from './facts';

const MAX_AGE = 'kubernetes.operator.job.upgrade.last-state.max.allowed.checkpoint.age';
const CANCEL = 'kubernetes.operator.job.upgrade.last-state.job-cancel.enabled';
const HA_MISSING = 'if the HA metadata is missing, the operator cancels the job instead';

/** `ha`: through the kept HA metadata; `cancel`: the job is cancelled; undefined: a template decides. */
export type LastStateStop = 'ha' | 'cancel' | undefined;

/** How the running side (`base`, whose configuration the operator observes) is stopped for last-state. */
export function lastStateStop(base: Facts): LastStateStop {
  if (base.jobKind === 'session-job') return 'cancel';
  const ha = haActive(base.config);
  const cancel = isTrue(base.config, CANCEL);
  if (ha === false || cancel === true) return 'cancel';
  return ha === true && cancel === false ? 'ha' : undefined;
}

/** A last-state upgrade of an application with HA on restores through the kept HA metadata. */
export function restoresThroughHa(base: Facts, current: Facts): boolean {
  return current.upgradeMode === 'last-state' && lastStateStop(base) === 'ha';
}

/** The job runs before and after. */
export function lastStateRestart(base: Facts, current: Facts, versionChanged: boolean, where: string): Action {
  if (versionChanged) return versionChange(base, where, true);
  const conditions = maxAge(current);
  switch (lastStateStop(base)) {
    case 'ha':
      return action('restarts from the last checkpoint', 'deletes the JobManager, keeps the HA metadata and restores the job from its latest checkpoint through it', 'last-checkpoint', [`${HA_MISSING} and restores from its latest checkpoint`, ...conditions]);
    case 'cancel':
      return action('restarts from the last checkpoint', `cancels the job and restores it from its latest checkpoint${where}`, 'last-checkpoint', conditions);
    default:
      return action('restarts from the last checkpoint', `stops the job and restores it from its latest checkpoint${where}: through its HA metadata, or by cancelling it when there is no HA (high availability is set by a template)`, 'last-checkpoint', conditions);
  }
}

/** running → suspended with last-state. */
export function lastStateSuspend(base: Facts, current: Facts, versionChanged: boolean, where: string): Action {
  if (versionChanged) return versionChange(base, where, false);
  const conditions = maxAge(current);
  const idle = 'deploys nothing while it is suspended';
  switch (lastStateStop(base)) {
    case 'ha':
      return action('suspends the job', `stops the job keeping its latest checkpoint (the JobManager is deleted, HA metadata kept) and ${idle}`, 'last-checkpoint', [`${HA_MISSING} and records its latest checkpoint to resume from`, ...conditions]);
    case 'cancel':
      return action('suspends the job', `cancels the job${where} and records its latest checkpoint to resume from (no HA metadata is kept or needed); ${idle}`, 'last-checkpoint', conditions);
    default:
      return action('suspends the job', `stops the job keeping its latest checkpoint, through its HA metadata or by cancelling it when there is no HA (high availability is set by a template), and ${idle}`, 'last-checkpoint', conditions);
  }
}

/** suspended → running, the job having been suspended with last-state. */
export function lastStateResume(base: Facts): Action {
  switch (lastStateStop(base)) {
    case 'ha':
      return action('resumes from the last checkpoint', 'resumes the job from the latest checkpoint it was suspended with; the HA metadata from the suspension must still be there', 'last-checkpoint');
    case 'cancel':
      return action('resumes from the last checkpoint', 'resumes the job from the latest checkpoint recorded when it was cancelled at suspension (no HA metadata needed)', 'last-checkpoint', ['if the job had completed no checkpoint by then, it starts without state']);
    default:
      return action('resumes from the last checkpoint', 'resumes the job from the latest checkpoint it was suspended with; it needs the HA metadata from the suspension if it was stopped through it (high availability is set by a template)', 'last-checkpoint');
  }
}

/** The suspension recorded LAST_STATE (not SAVEPOINT), which V-4 checks. */
export function suspendedThroughHa(base: Facts): boolean {
  return base.jobState === 'suspended' && base.upgradeMode === 'last-state' && lastStateStop(base) === 'ha';
}

/** A Flink version change with last-state: a savepoint when possible, else a cancel keeping the last checkpoint. */
function versionChange(base: Facts, where: string, redeploy: boolean): Action {
  const savepointDir = isSet(base.config, SAVEPOINT_DIR);
  const why = 'a Flink version change cannot restore through HA metadata';
  const then = redeploy ? `restores it from that savepoint${where}` : 'deploys nothing while it is suspended';
  if (savepointDir === true) {
    const fallback = redeploy ? 'if the job is not running, it cancels the job and restores from its latest checkpoint' : 'if the job is not running, it cancels the job and records its latest checkpoint to resume from';
    return action(redeploy ? 'restarts from a savepoint' : 'suspends the job with a savepoint', `stops the job with a savepoint and ${then} (${why})`, 'savepoint', [fallback]);
  }
  if (savepointDir === false) {
    const text = redeploy ? `cancels the job and restores it from its latest checkpoint${where}` : 'cancels the job, records its latest checkpoint to resume from and deploys nothing while it is suspended';
    return action(redeploy ? 'restarts from the last checkpoint' : 'suspends the job', `${text} (${why}, and no savepoint directory is set)`, 'last-checkpoint');
  }
  const text = redeploy ? `stops the job and restores it${where}` : 'stops the job and deploys nothing while it is suspended, keeping its state';
  return action(redeploy ? 'restarts the job' : 'suspends the job', `${text}: with a savepoint if a savepoint directory is set, else from its latest checkpoint`, 'depends');
}

function maxAge(current: Facts): string[] {
  const s = current.config.get(MAX_AGE);
  if (s.kind !== 'set') return [];
  const ms = parseDuration(s.value);
  return [`if its latest completed checkpoint is older than ${typeof ms === 'number' ? formatDuration(ms) : s.value} (${MAX_AGE}), the operator waits for a pending checkpoint or takes a savepoint instead`];
}
