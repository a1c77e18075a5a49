/**
 * health-check-recovery: the cluster health check needs JobManager deployment recovery
 * (§4.1 V-5c).
 */

import { clusterUnknown, validatorConfig } from './helpers';
import { isTrue } from './flink-keys';
import { Report, ResourceContext, ResourceRule } from './types';

const CHECK = 'kubernetes.operator.cluster.health-check.enabled';
const RECOVERY = 'kubernetes.operator.jm-deployment-recovery.enabled';

export const healthCheckRecovery: ResourceRule = {
  id: 'health-check-recovery',
  severity: 'error',
  doc: {
    summary: 'The cluster health check is on while JobManager deployment recovery is off.',
    why: 'The operator rejects this combination: the health check works by recovering the deployment.',
    before: `${CHECK}: "true"\n${RECOVERY}: "false"`,
    after: `${CHECK}: "true"`,
  },
  check(ctx: ResourceContext): Report[] {
    if (clusterUnknown(ctx)) return [];
    const config = validatorConfig(ctx);
    const recovery = config.get(RECOVERY);
    if (!isTrue(config, CHECK) || recovery.kind !== 'set' || recovery.value.trim().toLowerCase() !== 'false') return [];
    const entry = ctx.resource.spec?.flinkConfiguration.entries.get(RECOVERY) ?? ctx.resource.spec?.flinkConfiguration.entries.get(CHECK);
    if (!entry) return [];
    return [{ message: `${CHECK} needs ${RECOVERY}; the operator rejects the resource while recovery is off.`, span: entry.keySpan }];
  },
};
