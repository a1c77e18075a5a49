/**
 * Flink resources that are not complete Apache-operator resources, although they use its group
 * and kinds: Amazon EMR on EKS's variant of the operator, and overlay patches (kustomize) that
 * carry only the fields an environment changes. Some rules do not apply to them (rules/run.ts).
 */

import { isKnown } from '../yaml/fields';
import { MapView } from '../yaml/map-view';
import { FlinkResource, SpecView } from './types';

/**
 * EMR on EKS runs its own build of the operator with extra spec fields: `emrReleaseLabel` picks
 * the image, `executionRoleArn` the IAM role (EMR creates the service account for it),
 * `jobManager.storageDir` turns JobManager HA on, plus `monitoringConfiguration`.
 */
export function isEmr(spec: SpecView | undefined): boolean {
  return !!spec && (spec.view.get('emrReleaseLabel') !== undefined || spec.view.get('executionRoleArn') !== undefined);
}

/** Fields the EMR CRD adds, by path below `spec`; the Apache CRD does not know them. */
export const EMR_FIELDS: ReadonlySet<string> = new Set(['emrReleaseLabel', 'executionRoleArn', 'monitoringConfiguration', 'jobManager.storageDir', 'jobManager.highAvailabilityEnabled']);

/**
 * EMR turns JobManager HA on with `jobManager.highAvailabilityEnabled: true`, and by default when
 * `jobManager.storageDir` holds its metadata (`highAvailabilityEnabled: false` turns it off).
 */
export function emrHaEnabled(spec: SpecView | undefined): boolean {
  if (!isEmr(spec)) return false;
  const jm = spec?.view.map('jobManager');
  if (!(jm instanceof MapView)) return false;
  const enabled = jm.scalar('highAvailabilityEnabled');
  if (isKnown(enabled) && (enabled.value === true || enabled.value === 'true')) return true;
  return jm.get('storageDir') !== undefined && !(isKnown(enabled) && (enabled.value === false || enabled.value === 'false'));
}

/**
 * An overlay patch rather than a resource: a FlinkDeployment that has none of the fields every
 * complete one starts with (image, flinkVersion and serviceAccount; the validator requires the
 * last two, §4.1 V-2/V-22), or no spec at all (a metadata-only patch); a FlinkSessionJob that
 * names neither its cluster nor its jar. A kustomize patch such as
 * `spec: {taskManager: {resource: ...}}` is merged into a base before it reaches the operator,
 * so "missing" fields, and slots or memory worked out from the patch alone, would be wrong
 * findings. A resource that forgot one or two of them is still checked in full.
 */
export function isPartialPatch(resource: FlinkResource): boolean {
  const spec = resource.spec;
  if (resource.kind !== 'FlinkDeployment' && resource.kind !== 'FlinkSessionJob') return false;
  if (!spec || spec.view.open || isEmr(spec)) return false;
  if (!spec.view.node) return !spec.view.ctx.templates.some((t) => t.start < resource.span.end && t.end > resource.span.start);
  const has = (key: string) => spec.view.get(key) !== undefined;
  if (resource.kind === 'FlinkSessionJob') {
    const job = spec.view.map('job');
    return !has('deploymentName') && !(job instanceof MapView && job.get('jarURI') !== undefined);
  }
  return !has('serviceAccount') && !has('flinkVersion') && !has('image');
}
