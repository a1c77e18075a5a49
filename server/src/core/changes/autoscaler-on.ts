/**
 * Whether the operator's autoscaler is on when it reconciles the change: an autoscalerResetNonce
 * change does something only then (AbstractFlinkResourceReconciler#applyAutoscaler, operator 1.11
 * to 1.16, reads AutoScalerOptions.AUTOSCALER_ENABLED from the observe configuration, built in
 * observe-config.ts).
 */

import { Facts } from './facts';
import { Tristate } from '../rules/flink-keys';

const ENABLED = 'job.autoscaler.enabled';
/** AUTOSCALER_ENABLED's fallback key. */
const LEGACY = 'kubernetes.operator.job.autoscaler.enabled';

/** `observed`: the running side with the observe configuration (observeFacts). */
export function autoscalerOn(observed: Facts, current: Facts): Tristate {
  const setting = observed.config.get(ENABLED, LEGACY);
  if (setting.kind === 'unknown') return undefined;
  if (setting.kind === 'unset') return current.jobKind === 'session-job' && !current.clusterFound ? undefined : false;
  // Flink's Configuration reads booleans case-insensitively; anything else fails the reconcile.
  return /^(true|false)$/i.test(setting.value) ? setting.value.toLowerCase() === 'true' : undefined;
}
