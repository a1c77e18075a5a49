/**
 * ha-required: standby JobManagers (jobManager.replicas > 1) and rollbacks need high
 * availability; the operator rejects them otherwise (§4.1 V-5b, V-20).
 */

import { fixes, intOf, roleOf, setFix, specPath, validatorConfig, configPath } from './helpers';
import { haActive, isTrue } from './flink-keys';
import { emrHaEnabled } from '../model/dialect';
import { Report, ResourceContext, ResourceRule } from './types';

export const haRequired: ResourceRule = {
  id: 'ha-required',
  severity: 'error',
  doc: {
    summary: 'Standby JobManagers or rollbacks without high availability.',
    why: 'The operator rejects jobManager.replicas > 1 and kubernetes.operator.deployment.rollback.enabled unless high-availability.type is set.',
    before: 'jobManager:\n  replicas: 2',
    after: 'flinkConfiguration:\n  high-availability.type: kubernetes\n  high-availability.storageDir: s3://bucket/ha\njobManager:\n  replicas: 2',
  },
  check(ctx: ResourceContext): Report[] {
    if (ctx.resource.kind !== 'FlinkDeployment' && ctx.resource.kind !== 'FlinkBlueGreenDeployment') return [];
    const config = validatorConfig(ctx);
    // EMR on EKS turns JobManager HA on from jobManager fields, outside flinkConfiguration.
    if (haActive(config) !== false || emrHaEnabled(ctx.resource.spec)) return [];
    const reports: Report[] = [];
    const replicasField = roleOf(ctx.resource.spec, 'jobManager')?.replicas;
    const replicas = intOf(replicasField);
    const enableHa = setFix(ctx, configPath(ctx, 'high-availability.type'), 'kubernetes', 'Enable Kubernetes high availability (then set high-availability.storageDir)');
    if (replicasField && replicas !== undefined && replicas > 1) {
      reports.push({
        message: `jobManager.replicas is ${replicas}, but standby JobManagers need high availability (high-availability.type); the operator rejects this.`,
        span: replicasField.span,
        fixes: fixes(setFix(ctx, specPath(ctx, 'jobManager', 'replicas'), 1, 'Set jobManager.replicas to 1', true), enableHa),
      });
    }
    const rollback = ctx.resource.spec?.flinkConfiguration.entries.get('kubernetes.operator.deployment.rollback.enabled');
    if (isTrue(config, 'kubernetes.operator.deployment.rollback.enabled') && rollback) {
      reports.push({ message: 'Rollbacks need high availability (high-availability.type); the operator rejects this.', span: rollback.keySpan, fixes: fixes(enableHa) });
    }
    return reports;
  },
};
