/**
 * session-job: a FlinkSessionJob needs a `job`, and must target a session deployment, not an
 * application one (§4.2 S-2, S-10).
 */

import { namespaceOf } from '../projection/links';
import { deploymentNamed, deploymentNamesIn } from './helpers';
import { deploymentName } from '../projection/cluster-context';
import { nearest } from '../catalog/edit-distance';
import { Report, ResourceContext, ResourceRule } from './types';

export const sessionJob: ResourceRule = {
  id: 'session-job',
  severity: 'error',
  doc: {
    summary: 'A FlinkSessionJob without a job, or pointing at an application deployment.',
    why: 'Session jobs are submitted to a running session cluster; the operator rejects one with no job spec or whose target runs its own job.',
    before: 'kind: FlinkSessionJob\nspec:\n  deploymentName: my-app   # a FlinkDeployment with a job',
    after: 'kind: FlinkSessionJob\nspec:\n  deploymentName: my-session   # a FlinkDeployment without a job',
  },
  check(ctx: ResourceContext): Report[] {
    const { resource } = ctx;
    if (resource.kind !== 'FlinkSessionJob' || !resource.spec || resource.spec.view.open) return [];
    const reports: Report[] = [];
    if (!resource.spec.job) reports.push({ message: 'A session job needs spec.job (jarURI, parallelism, ...); the operator rejects it without one.', span: resource.spec.view.get('deploymentName')?.keySpan ?? resource.kindSpan });
    const name = deploymentName(resource);
    const target = deploymentNamed(ctx.all, namespaceOf(resource), name);
    const named = resource.spec.deploymentName;
    if (!target && name && named?.kind === 'known') {
      const namespace = namespaceOf(resource) || '(default)';
      const close = nearest(name, deploymentNamesIn(ctx.all, namespaceOf(resource)), 2);
      reports.push(close
        ? { message: `No FlinkDeployment "${name}" in namespace "${namespace}" among the analysed files; did you mean "${close}"?`, span: named.span, severity: 'warning' }
        : {
          message: `Session cluster "${name}" (namespace "${namespace}") is not among the analysed files, so what depends on its configuration is not checked: checkpoint and savepoint directories, checkpointing, the autoscaler, and the pods the job runs in.`,
          span: named.span,
          severity: 'info',
        });
    }
    if (target?.resource.spec?.job && resource.spec.deploymentName) {
      reports.push({
        message: `"${name}" is an application deployment (it has a job); session jobs can only run in a session deployment without spec.job.`,
        span: resource.spec.deploymentName.span,
      });
    }
    return reports;
  },
};
