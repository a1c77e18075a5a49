/**
 * forbidden-config-key: `kubernetes.namespace`, `kubernetes.cluster-id` and
 * `high-availability.cluster-id` are set by the operator itself; the validator rejects a resource
 * that sets them (§4.1 V-5a).
 */

import { removeFix } from './helpers';
import { Report, ResourceContext, ResourceRule } from './types';

const FORBIDDEN = ['kubernetes.namespace', 'kubernetes.cluster-id', 'high-availability.cluster-id'];

export const forbiddenConfigKey: ResourceRule = {
  id: 'forbidden-config-key',
  severity: 'error',
  patches: true,
  doc: {
    summary: 'flinkConfiguration sets a key that only the operator may set.',
    why: 'The operator derives the namespace and cluster ids from metadata and rejects resources that set them.',
    before: 'flinkConfiguration:\n  kubernetes.cluster-id: my-job',
    after: 'flinkConfiguration: {}',
  },
  check(ctx: ResourceContext): Report[] {
    const config = ctx.resource.spec?.flinkConfiguration;
    if (!config) return [];
    return FORBIDDEN.flatMap((key) => {
      const entry = config.entries.get(key);
      if (!entry) return [];
      const source = key === 'kubernetes.namespace' ? 'metadata.namespace' : 'metadata.name';
      return [{
        message: `${key} cannot be set here: the operator sets it from ${source} and rejects the resource.`,
        span: entry.keySpan,
        fixes: entry.nested ? [] : [removeFix(ctx, { keySpan: entry.keySpan, span: entry.valueSpan }, `Remove ${key}`, true)].filter((f) => f !== undefined),
      }];
    });
  },
};
