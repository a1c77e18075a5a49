/** job-graph-hint: a malformed or repeated `# flink-k8s: slot-sharing-groups=...` hint (see model/hint.ts). */

import { Report, ResourceContext, ResourceRule } from './types';

export const jobGraphHint: ResourceRule = {
  id: 'job-graph-hint',
  severity: 'warning',
  patches: true,
  doc: {
    summary: 'A malformed or repeated `# flink-k8s: slot-sharing-groups=...` hint.',
    why: 'The hint tells the projection how many slot sharing groups the program has; an unreadable hint is ignored.',
    before: '# flink-k8s: slot-sharing-groups=default,x',
    after: '# flink-k8s: slot-sharing-groups=default,8',
  },
  check(ctx: ResourceContext): Report[] {
    return ctx.resource.problems.filter((p) => p.code === 'job-graph-hint').map((p) => ({ message: p.message, span: p.span }));
  },
};
