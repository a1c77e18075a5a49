/**
 * kustomize-build: an overlay that `kustomize build` would refuse (a resource or patch file that
 * is missing or does not parse, a patch whose target does not exist, `replicas` naming a
 * FlinkDeployment). The finding is made by the overlay analysis (core/sets/overlay.ts) on the
 * kustomization entry; the rule is here for its id, severity setting and docs.
 */

import { DocumentRule, Report } from './types';

export const kustomizeBuild: DocumentRule = {
  id: 'kustomize-build',
  severity: 'error',
  scope: 'document',
  doc: {
    summary: 'A kustomization that kustomize cannot build: a missing file, a patch without a target, or replicas on a FlinkDeployment.',
    why: 'kustomize build (and kubectl apply -k, Argo CD, Flux) stops at the first error, so nothing of the overlay is applied.',
    before: 'replicas:\n  - name: orders   # a FlinkDeployment: kustomize only scales Deployments and the like',
    after: 'patches:\n  - patch: |-\n      - op: replace\n        path: /spec/taskManager/replicas\n        value: 4\n    target: { kind: FlinkDeployment, name: orders }',
  },
  checkDocument(): Report[] {
    return [];
  },
};
