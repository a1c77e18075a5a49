/**
 * Whether the operator's autoscaler is on when it reconciles the change: an autoscalerResetNonce
 * change does something only then (AbstractFlinkResourceReconciler#applyAutoscaler, operator 1.11
 * to 1.16, reads AutoScalerOptions.AUTOSCALER_ENABLED from the observe configuration).
 *
 * That configuration (FlinkConfigManager#getObserveConfig) is the deployed spec's, with the
 * current spec's `job.autoscaler.*` and `kubernetes.operator.*` keys written over it: a key the
 * edit removes keeps its deployed value. A session job's (getSessionJobConfig) is its cluster's
 * plus all of its own current keys, which the current side's configuration already is.
 */

import { Facts } from './facts';
import { SpecJson } from './spec-json';
import { Tristate } from '../rules/flink-keys';

const ENABLED = 'job.autoscaler.enabled';
/** AUTOSCALER_ENABLED's fallback key. */
const LEGACY = 'kubernetes.operator.job.autoscaler.enabled';
const UNKNOWN = Symbol('unknown');

type Value = string | undefined | typeof UNKNOWN;

export function autoscalerOn(base: Facts, current: Facts, after: SpecJson): Tristate {
  const read = (key: string): Value => (current.jobKind === 'session-job' ? fromConfig(current, key) : observed(base, after, key));
  const primary = read(ENABLED);
  const value = primary === undefined ? read(LEGACY) : primary;
  if (value === UNKNOWN) return undefined;
  if (value === undefined) return current.jobKind === 'session-job' && !current.clusterFound ? undefined : false;
  // Flink's Configuration reads booleans case-insensitively; anything else fails the reconcile.
  return /^(true|false)$/i.test(value) ? value.toLowerCase() === 'true' : undefined;
}

function observed(base: Facts, after: SpecJson, key: string): Value {
  const own = after.config.get(key);
  if (own !== undefined) return typeof own === 'string' ? own : UNKNOWN;
  if (after.configOpen.some((prefix) => key.startsWith(prefix))) return UNKNOWN;
  return fromConfig(base, key);
}

function fromConfig(facts: Facts, key: string): Value {
  const setting = facts.config.get(key);
  return setting.kind === 'set' ? setting.value : setting.kind === 'unknown' ? UNKNOWN : undefined;
}
