/**
 * yaml-syntax: a YAML syntax error inside a Flink resource's document, an alias kubectl cannot
 * follow, and (as info) a tag that Kubernetes does not know.
 */

import { aliasProblems } from '../yaml/aliases';
import { Report, ResourceContext, ResourceRule } from './types';

export const yamlSyntax: ResourceRule = {
  id: 'yaml-syntax',
  severity: 'error',
  patches: true,
  keepsFixesOnSyntaxError: true,
  kinds: ['FlinkDeployment', 'FlinkSessionJob', 'FlinkBlueGreenDeployment', 'FlinkStateSnapshot'],
  doc: {
    summary: 'A YAML syntax error inside a Flink resource.',
    why: 'kubectl cannot apply a document that does not parse; values after the error may be misread.',
    before: 'spec:\n\tjob: {}',
    after: 'spec:\n  job: {}',
  },
  check(ctx: ResourceContext): Report[] {
    const syntax = ctx.resource.problems.filter((p) => p.code === 'yaml-syntax').map((p) => ({ message: `YAML: ${p.message}`, span: p.span }));
    // Aliases are spelled `*name`; without a `*` in the text there is nothing to walk.
    const aliases = ctx.text.includes('*') ? aliasProblems(ctx.resource.document).map((p) => ({ message: `YAML: ${p.message}`, span: p.span })) : [];
    return [...syntax, ...aliases, ...unknownTags(ctx)];
  },
};

/** Kubernetes' decoder reads a value with a tag it does not know (`!Ref`, `!include`) as plain text. */
function unknownTags(ctx: ResourceContext): Report[] {
  return ctx.resource.document.warnings
    .filter((w) => w.code === 'TAG_RESOLVE_FAILED' && w.pos[1] <= ctx.text.length)
    .map((w) => {
      const tag = ctx.text.slice(w.pos[0], w.pos[1]);
      return { severity: 'info' as const, span: { start: w.pos[0], end: w.pos[1] }, message: `YAML: the tag ${tag} means nothing to Kubernetes: it keeps the value as written, and a single value stays a string.` };
    });
}
