/** service-account: a FlinkDeployment needs spec.serviceAccount (§4.1 V-22); EMR on EKS's variant does not. */

import { isKnown } from '../yaml/fields';
import { isEmr } from '../model/dialect';
import { fixes, setFix, specPath } from './helpers';
import { Report, ResourceContext, ResourceRule } from './types';

export const serviceAccount: ResourceRule = {
  id: 'service-account',
  severity: 'error',
  doc: {
    summary: 'A FlinkDeployment without spec.serviceAccount.',
    why: 'Flink\'s JobManager creates TaskManager pods with this account; the operator rejects resources without it.',
    before: 'spec:\n  image: flink:1.20',
    after: 'spec:\n  image: flink:1.20\n  serviceAccount: flink',
  },
  check(ctx: ResourceContext): Report[] {
    const spec = ctx.resource.spec;
    // EMR on EKS creates the account from spec.executionRoleArn itself.
    if (ctx.resource.kind !== 'FlinkDeployment' || !spec || spec.view.open || isEmr(spec)) return [];
    const field = spec.serviceAccount;
    if (field && !(isKnown(field) && field.value === null)) return [];
    return [{
      message: 'spec.serviceAccount is missing; the operator rejects the resource (the Helm chart creates an account named "flink").',
      span: field?.keySpan ?? ctx.resource.kindSpan,
      absent: [specPath(ctx, 'serviceAccount').join('.')],
      fixes: fixes(setFix(ctx, specPath(ctx, 'serviceAccount'), 'flink', 'Set serviceAccount to "flink"', true)),
    }];
  },
};
