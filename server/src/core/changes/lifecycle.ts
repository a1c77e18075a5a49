/**
 * Resources that exist on one side only: what creating or deleting them does. Deleting a job
 * cancels it without a savepoint unless kubernetes.operator.job.savepoint-on-deletion is true;
 * a session cluster is not deleted while session jobs still point at it, so deleting it loses no
 * job's state by default (its jobs' own deletions say what they lose).
 */

import { isTrue } from '../rules/flink-keys';
import { Action, action, withoutState } from './action-types';
import { Facts, keepsState } from './facts';
import { isObject, SpecJson } from './spec-json';

const SAVEPOINT_ON_DELETION = 'kubernetes.operator.job.savepoint-on-deletion';

export function created(facts: Facts, spec: SpecJson): Action {
  const job = spec.fields.job;
  const from = isObject(job) && typeof job.initialSavepointPath === 'string' && job.initialSavepointPath.trim() ? ` from initialSavepointPath ${job.initialSavepointPath.trim()}` : '';
  if (facts.jobKind === 'session') return action('creates a session cluster', 'deploys a new session cluster', 'none');
  if (facts.jobState === 'suspended') return action('creates the resource (suspended)', 'records the resource but deploys nothing while job.state is suspended', 'none');
  if (facts.jobKind === 'session-job') return action('submits a new job', `submits the job to session cluster ${facts.sessionCluster || '(unnamed)'}${from}`, from ? 'initial-savepoint' : 'none');
  if (facts.jobKind === 'blue-green') return action('creates a blue/green deployment', `deploys its first child deployment and starts the job${from}`, from ? 'initial-savepoint' : 'none');
  return action('creates the resource', `deploys a new cluster and starts the job${from}`, from ? 'initial-savepoint' : 'none');
}

export function deleted(facts: Facts): Action {
  if (facts.jobKind === 'session') {
    return action('deletes the session cluster', 'deletes the session cluster and every job running on it', 'discarded', ['by default the operator does not delete it while FlinkSessionJobs or other jobs still run on it']);
  }
  if (facts.jobState === 'suspended') return action('deletes the resource', 'deletes the suspended resource; no job is running', 'none');
  const job = facts.jobKind === 'session-job' ? 'the job in its session cluster' : facts.jobKind === 'blue-green' ? "the active deployment's job" : 'the job';
  const rest = facts.jobKind === 'application' ? ' and removes its cluster' : '';
  const savepoint = isTrue(facts.config, SAVEPOINT_ON_DELETION);
  if (savepoint === true) return action('deletes the resource (savepoint first)', `stops ${job} with a savepoint${rest} (${SAVEPOINT_ON_DELETION} is true)`, 'savepoint');
  if (savepoint === false) return withoutState('deletes the resource (state discarded)', `cancels ${job} without a savepoint${rest}`, keepsState(facts), 'discarded', [`${SAVEPOINT_ON_DELETION}: true would stop it with a savepoint first`]);
  return action('deletes the resource', `stops ${job}${rest}; whether it takes a savepoint first depends on ${SAVEPOINT_ON_DELETION}, which a template sets`, 'depends');
}
