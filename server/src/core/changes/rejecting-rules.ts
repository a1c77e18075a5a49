/**
 * Rule findings that mean the change is never applied: the operator's validator refuses the
 * resource (webhook or reconcile loop: the last accepted spec keeps running), or the API server
 * refuses the object (kubectl apply fails). Only error findings count.
 */

import { Finding } from '../rules/types';
import { Span } from '../text/span';

const VALIDATOR_RULES = new Set([
  'autoscaler-config', 'flink-version', 'forbidden-config-key', 'ha-required', 'health-check-recovery', 'ingress-template', 'jar-uri',
  'log-configuration-key', 'memory-required', 'parallelism-required', 'resource-name', 'resource-requirements', 'service-account', 'session-job', 'state-directories',
]);
const API_SERVER_RULES = new Set(['schema', 'flink-config-format', 'yaml-syntax']);

/** The first rejecting error inside a resource's span, in the words of the finding. */
export function rejectingError(findings: readonly Finding[], resource: Span): string | undefined {
  const f = findings.find((x) => x.severity === 'error' && (VALIDATOR_RULES.has(x.rule) || API_SERVER_RULES.has(x.rule)) && x.span.start >= resource.start && x.span.start <= resource.end);
  return f?.message;
}
