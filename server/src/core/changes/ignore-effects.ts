/**
 * What a change the operator classifies as IGNORE does (spec-changes.md §2): nothing restarts,
 * but some of these take effect later, trigger a snapshot, or do nothing at all.
 */

import { OperatorDiff } from './classify';
import { JobKind } from './facts';
import { Json } from './types';
import { Tristate } from '../rules/flink-keys';

export interface IgnoreContext {
  readonly jobKind: JobKind;
  /** The autoscaler is on for the reconcile that sees the change (autoscaler-on.ts). */
  readonly autoscaler: Tristate;
}

export interface Effect {
  readonly text: string;
  /** Nothing happens now: worth a warning, since the user probably expected something. */
  readonly nothing: boolean;
}

/**
 * `restart` is what the whole change does to the job: an upgradeMode or allowNonRestoredState
 * edit that comes with a restart applies to that restart, and initialSavepointPath to a
 * savepoint redeploy.
 */
export function ignoreEffect(diff: OperatorDiff, ctx: IgnoreContext, restart: 'none' | 'restart' | 'redeploy' = 'none'): Effect {
  const f = diff.field;
  const after = diff.leaves[0]?.after;
  if (f.startsWith('flinkConfiguration.')) return configEffect(f.slice('flinkConfiguration.'.length), ctx.jobKind);
  switch (f) {
    case 'job.upgradeMode':
      if (restart === 'restart') return { text: 'no restart on its own; the upgrade this change triggers already uses it', nothing: false };
      return { text: 'takes effect only at the next upgrade; nothing happens now', nothing: true };
    case 'job.initialSavepointPath':
      if (restart === 'redeploy') return { text: 'no restart on its own; the savepoint redeploy starts from it', nothing: false };
      return { text: 'does nothing now: it is read only on a first deployment or a savepoint redeploy', nothing: true };
    case 'job.allowNonRestoredState':
      if (restart !== 'none') return { text: 'no restart on its own; it applies when this change restores the job', nothing: false };
      return { text: 'does nothing now: it applies at the next restore', nothing: true };
    case 'job.savepointTriggerNonce':
      return nonce(after, 'triggers a savepoint of the running job (no restart)');
    case 'job.checkpointTriggerNonce':
      return nonce(after, 'triggers a checkpoint of the running job (no restart)');
    case 'job.autoscalerResetNonce':
      return nonce(after, autoscalerReset(ctx.autoscaler));
    default:
      return { text: 'no restart', nothing: false };
  }
}

function nonce(after: Json | undefined, effect: string | Effect): Effect {
  if (after === undefined || after === null) return { text: 'does nothing: clearing a nonce triggers nothing', nothing: true };
  return typeof effect === 'string' ? { text: effect, nothing: false } : effect;
}

/** AbstractFlinkResourceReconciler#applyAutoscaler cleans the autoscaler up only while it is on. */
function autoscalerReset(on: Tristate): string | Effect {
  const reset = "clears the autoscaler's history and parallelism overrides; if the autoscaler had changed the parallelism, going back to yours rescales or restarts the job";
  if (on === true) return reset;
  if (on === false) return { text: 'does nothing: the autoscaler is off (job.autoscaler.enabled), and the operator resets it only while it is on', nothing: true };
  return `if the autoscaler is on (otherwise nothing), ${reset}`;
}

function configEffect(key: string, jobKind: JobKind): Effect {
  if (key.startsWith('parallelism.default')) {
    if (jobKind === 'session') return { text: 'no restart; the session cluster gets it only when it is next redeployed', nothing: false };
    if (jobKind === 'session-job') return { text: 'no restart; the job gets it only when it is next submitted', nothing: false };
    return { text: "does nothing: the operator sets the job's parallelism itself and overwrites parallelism.default", nothing: true };
  }
  if (key.startsWith('job.autoscaler')) return { text: 'no restart: the autoscaler reads it at its next run', nothing: false };
  if (key.startsWith('kubernetes.operator')) return { text: 'no restart: the operator uses it from its next reconcile', nothing: false };
  return { text: 'no restart', nothing: false };
}
