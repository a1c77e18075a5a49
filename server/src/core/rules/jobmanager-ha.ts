/**
 * jobmanager-ha: a stateful upgrade mode (last-state, savepoint) with one JobManager and no high
 * availability: a JobManager crash loses the job's latest checkpoint pointer until restored
 * from the checkpoint directory (§8.1, §9.4).
 */

import { jobOf, validatorConfig, valueOf } from './helpers';
import { haActive } from './flink-keys';
import { emrHaEnabled } from '../model/dialect';
import { Report, ResourceContext, ResourceRule } from './types';

export const jobmanagerHa: ResourceRule = {
  id: 'jobmanager-ha',
  severity: 'info',
  doc: {
    summary: 'A stateful job with a single JobManager and no high availability.',
    why: 'With HA the JobManager recovers the job from the latest checkpoint after a crash; without it, recovery and last-state upgrades rely on the operator finding a checkpoint.',
    before: 'job:\n  upgradeMode: last-state',
    after: 'flinkConfiguration:\n  high-availability.type: kubernetes\n  high-availability.storageDir: s3://bucket/ha\njob:\n  upgradeMode: last-state',
  },
  check(ctx: ResourceContext): Report[] {
    const mode = valueOf(jobOf(ctx.resource.spec)?.upgradeMode);
    if (!mode || (mode.value !== 'last-state' && mode.value !== 'savepoint') || ctx.resource.kind === 'FlinkSessionJob') return [];
    // EMR on EKS turns JobManager HA on from jobManager.storageDir, outside flinkConfiguration.
    if (haActive(validatorConfig(ctx)) !== false || emrHaEnabled(ctx.resource.spec)) return [];
    return [{ message: `upgradeMode ${String(mode.value)} without high availability: a JobManager failure restarts the job from the operator's last known checkpoint; consider high-availability.type: kubernetes.`, span: mode.span }];
  },
};
