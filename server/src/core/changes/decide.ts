/**
 * The action for a resource present on both sides (spec-changes.md §3): by kind, mode, the
 * operator's class of the change, the job's state before and after and its upgradeMode.
 */

import { haActive, Tristate } from '../rules/flink-keys';
import { Action, action, discarding } from './action-types';
import { OperatorDiff } from './classify';
import { Facts } from './facts';
import { ignoreEffect } from './ignore-effects';
import { restart, resume, suspend } from './job-upgrade';
import { nativeInPlace, standaloneReactive, InPlace } from './scale';
import { isObject, SpecJson } from './spec-json';
import { DiffType } from './types';
import { DiffRules } from './diff-rules';

export const SESSION_RESTART = 'restarts the session cluster and all its jobs';

export interface PairInput {
  readonly before: SpecJson;
  readonly after: SpecJson;
  readonly base: Facts;
  readonly current: Facts;
  readonly diffs: readonly OperatorDiff[];
  readonly type: DiffType;
  readonly rules: DiffRules;
  /** Names of the session jobs found for a session cluster. */
  readonly sessionJobs: readonly string[];
  /** The autoscaler is on for the reconcile that sees the change (autoscaler-on.ts). */
  readonly autoscaler: Tristate;
}

export function decide(input: PairInput): Action {
  const { current, type } = input;
  if (input.diffs.length === 0) return action('no change', 'nothing to do: the operator sees no change in the spec', 'kept');
  if (current.jobKind === 'blue-green') return blueGreen(input);
  if (type === 'ignore') return ignored(input);
  if (current.jobKind === 'session') return type === 'scale' ? scaled(input, sessionInPlace(input), () => sessionRestart(input)) : sessionRestart(input);
  if (type === 'savepoint-redeploy') return redeploy(input);
  if (type === 'scale') return scaled(input, jobInPlace(input), () => jobUpgrade(input));
  return jobUpgrade(input);
}

function ignored({ diffs, current, autoscaler }: PairInput): Action {
  const effects = diffs.map((d) => ignoreEffect(d, { jobKind: current.jobKind, autoscaler }));
  const texts = [...new Set(effects.map((e) => e.text))];
  const onlyUpgradeMode = diffs.every((d) => d.field === 'job.upgradeMode');
  if (effects.every((e) => e.nothing)) return action(onlyUpgradeMode ? 'takes effect at the next upgrade' : 'does nothing now', `changes nothing now: ${texts.join('; ')}`, 'kept');
  return action('no restart', `applies without a restart: ${texts.join('; ')}`, 'kept');
}

function sessionInPlace({ base, current }: PairInput): InPlace {
  return current.mode === 'standalone' ? standaloneReactive(base) : { possible: false, reasons: ['a native session cluster is not rescaled in place'] };
}

function jobInPlace(input: PairInput): InPlace {
  const { base, current, before, after, rules } = input;
  if (current.mode === 'standalone') {
    if (current.jobKind === 'session-job') return { possible: false, reasons: ['a session job has no TaskManager deployment of its own to scale'] };
    return standaloneReactive(base);
  }
  const missingCluster = current.jobKind === 'session-job' && !base.clusterFound ? base.sessionCluster ?? '' : undefined;
  return nativeInPlace(base, before.config, after.config, rules.inPlaceScaling, missingCluster);
}

function scaled(input: PairInput, inPlace: InPlace, fallback: () => Action): Action {
  const otherwise = fallback();
  const how = input.current.mode === 'standalone' ? 'changes the TaskManager deployment\'s replicas; reactive mode adapts the running jobs' : 'rescales the running job in place through Flink\'s REST API: it keeps running with the new parallelism';
  if (inPlace.possible === true) return action('rescales in place', how, 'kept', [`if the job is not running normally or Flink refuses the new requirements, the operator instead ${otherwise.action}`]);
  if (inPlace.possible === undefined) return action('rescales in place or restarts', `${how} if what is unknown allows it (${inPlace.reasons.join('; ')}); otherwise it ${otherwise.action}`, 'depends', otherwise.conditions);
  return { ...otherwise, conditions: [`not in place because ${inPlace.reasons.join(' and ')}`, ...otherwise.conditions] };
}

function jobUpgrade({ base, current, before, after }: PairInput): Action {
  if (base.jobState === undefined || current.jobState === undefined) return action('restarts or suspends the job', 'stops the job and redeploys or suspends it, depending on job.state, which a template sets', 'depends');
  if (base.jobState === 'suspended' && current.jobState === 'suspended') return action('no effect while suspended', 'changes nothing while the job is suspended; the new spec is used when it is resumed', 'none');
  // AbstractFlinkResourceReconciler#flinkVersionChanged: only a FlinkDeployment has a version; it decides suspends too.
  const versionChanged = current.jobKind !== 'session-job' && JSON.stringify(before.fields.flinkVersion) !== JSON.stringify(after.fields.flinkVersion);
  if (current.jobState === 'suspended') return suspend(base, current, versionChanged);
  if (base.jobState === 'suspended') return resume(base, current);
  return restart(base, current, versionChanged);
}

function redeploy({ after, current }: PairInput): Action {
  const job = after.fields.job;
  const path = isObject(job) && typeof job.initialSavepointPath === 'string' ? job.initialSavepointPath.trim() : '';
  if (current.jobState === 'suspended') return discarding('cancels the job (state discarded)', 'cancels the job without a savepoint and leaves it suspended: discards the job\'s current state', 'discarded');
  if (!path) return discarding('redeploys without state', 'cancels the job without a savepoint and redeploys it without state (initialSavepointPath is empty): discards the job\'s state', 'discarded');
  return discarding('redeploys from initialSavepointPath', `cancels the job without a savepoint and redeploys it from initialSavepointPath ${path}: discards the job's current state`, 'initial-savepoint');
}

function sessionRestart({ current, sessionJobs }: PairInput): Action {
  const conditions = sessionJobs.length ? [`session jobs on it: ${sessionJobs.join(', ')}`] : [];
  const ha = haActive(current.config);
  const text = 'deletes and recreates the session cluster: every job on it restarts';
  if (ha === true) return action(SESSION_RESTART, text, 'last-checkpoint', [...conditions, 'its HA metadata is kept, so the new JobManager recovers the running jobs from their latest checkpoints']);
  if (ha === false) return discarding(SESSION_RESTART, `${text} and, without high availability, loses its running state`, 'discarded', [...conditions, 'the operator starts stateless session jobs again from scratch and reports the others as not found']);
  return action(SESSION_RESTART, text, 'depends', [...conditions, 'whether the jobs recover their state depends on high availability, which a template sets']);
}

function blueGreen(input: PairInput): Action {
  const { base, current, type } = input;
  if (!input.rules.blueGreen) return action('not handled', 'this operator release does not handle FlinkBlueGreenDeployment', 'kept');
  if (base.jobState === 'running' && current.jobState === 'suspended') return { ...suspend(base, current, false), headline: 'suspends the active deployment' };
  if (base.jobState === 'suspended' && current.jobState === 'running') return { ...resume(base, current), headline: 'resumes the active deployment' };
  if (type === 'savepoint-redeploy') return redeploy(input);
  if (type === 'ignore') return action('patches the active deployment', 'patches the active child deployment in place, without a restart', 'kept');
  return action('switches to the other colour', 'deploys a second child deployment with the new spec, switches over once it is ready, then deletes the old one', 'depends', ['how the new deployment takes over the state follows the template\'s upgradeMode']);
}
