/** yaml-syntax: a YAML syntax error inside a Flink resource's document. */

import { Report, ResourceContext, ResourceRule } from './types';

export const yamlSyntax: ResourceRule = {
  id: 'yaml-syntax',
  severity: 'error',
  kinds: ['FlinkDeployment', 'FlinkSessionJob', 'FlinkBlueGreenDeployment', 'FlinkStateSnapshot'],
  doc: {
    summary: 'A YAML syntax error inside a Flink resource.',
    why: 'kubectl cannot apply a document that does not parse; values after the error may be misread.',
    before: 'spec:\n\tjob: {}',
    after: 'spec:\n  job: {}',
  },
  check(ctx: ResourceContext): Report[] {
    return ctx.resource.problems.filter((p) => p.code === 'yaml-syntax').map((p) => ({ message: `YAML: ${p.message}`, span: p.span }));
  },
};
