/**
 * Changes the operator's validator refuses once a resource is deployed (flink-semantics.md §4.1
 * V-4, V-23, V-24 and §4.2 S-3), in the validator's own words. A refused change is not applied:
 * the running job keeps its last accepted spec.
 */

import { isObject, SpecJson } from './spec-json';
import { Facts } from './facts';
import { suspendedThroughHa } from './last-state';
import { DiffRules } from './diff-rules';
import { Json } from './types';
import { operatorAtLeast } from '../versions/names';

export interface Rejection {
  readonly message: string;
  /** The spec field that causes it, for placing the diagnostic. */
  readonly field: string;
}

export function specChangeRejection(kind: string, before: SpecJson, after: SpecJson, base: Facts, current: Facts, rules: DiffRules, operatorVersion: string): Rejection | undefined {
  if (kind === 'FlinkSessionJob') {
    return text(before.fields.deploymentName) !== text(after.fields.deploymentName) ? { message: "The deploymentName can't be changed", field: 'deploymentName' } : undefined;
  }
  if (kind !== 'FlinkDeployment') return undefined;
  const oldJob = before.fields.job;
  const newJob = after.fields.job;
  if (versionChangeAfterLastStateSuspend(before, after, base, current, operatorVersion)) {
    return { message: 'Changing flinkVersion after last-state suspend is not allowed. Restore your cluster with the current flinkVersion and perform the version upgrade afterwards.', field: 'flinkVersion' };
  }
  if (newJob !== undefined && oldJob === undefined) return { message: 'Cannot switch from session to job cluster', field: 'job' };
  if (newJob === undefined && oldJob !== undefined) return { message: 'Cannot switch from job to session cluster', field: 'job' };
  const oldMode = text(before.fields.mode) ?? 'native';
  const newMode = text(after.fields.mode) ?? 'native';
  if (oldMode === 'native' && newMode !== 'native') return { message: 'Cannot switch from native kubernetes to standalone kubernetes cluster', field: 'mode' };
  if (oldMode === 'standalone' && newMode !== 'standalone') return { message: 'Cannot switch from standalone kubernetes to native kubernetes cluster', field: 'mode' };
  if (rules.redeployNonce && isObject(oldJob) && isObject(newJob)) {
    const nonce = newJob.savepointRedeployNonce;
    const path = newJob.initialSavepointPath;
    const changed = nonce !== undefined && nonce !== null && JSON.stringify(nonce) !== JSON.stringify(oldJob.savepointRedeployNonce);
    if (changed && (typeof path !== 'string' || path.trim() === '')) return { message: 'InitialSavepointPath must not be empty for savepoint redeployment', field: 'job.savepointRedeployNonce' };
  }
  return undefined;
}

/**
 * V-4 (since 1.3.1): the validator checks this before the spec-change rules. Only a suspension
 * recorded as LAST_STATE counts: one that cancelled the job (a session job, no HA,
 * job-cancel.enabled) recorded SAVEPOINT (last-state.ts).
 */
function versionChangeAfterLastStateSuspend(before: SpecJson, after: SpecJson, base: Facts, current: Facts, operatorVersion: string): boolean {
  if (!operatorAtLeast(operatorVersion, '1.3.1') || !isObject(before.fields.job) || !isObject(after.fields.job)) return false;
  return suspendedThroughHa(base) && current.upgradeMode !== 'stateless' && current.upgradeMode !== undefined && text(before.fields.flinkVersion) !== text(after.fields.flinkVersion);
}

function text(v: Json | undefined): string | undefined {
  return v === undefined || v === null ? undefined : typeof v === 'object' ? JSON.stringify(v) : String(v);
}
