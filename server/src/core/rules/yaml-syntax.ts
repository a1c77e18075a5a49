/**
 * yaml-syntax: the first YAML syntax error inside a Flink resource's document (the others
 * usually follow from it), an alias kubectl cannot follow, and (as info) a tag that Kubernetes
 * does not know. While the document has a syntax error, the other rules wait (run.ts).
 */

import { aliasProblems } from '../yaml/aliases';
import { firstSyntaxError } from './syntax-errors';
import { Report, ResourceContext, ResourceRule } from './types';

export const yamlSyntax: ResourceRule = {
  id: 'yaml-syntax',
  severity: 'error',
  patches: true,
  keepsFixesOnSyntaxError: true,
  runsOnSyntaxError: true,
  kinds: ['FlinkDeployment', 'FlinkSessionJob', 'FlinkBlueGreenDeployment', 'FlinkStateSnapshot'],
  doc: {
    summary: 'The first YAML syntax error inside a Flink resource (the later ones usually follow from it).',
    why: 'kubectl cannot apply a document that does not parse; until it parses the other rules wait, since the parser had to guess the structure after the error.',
    before: 'spec:\n\tjob: {}',
    after: 'spec:\n  job: {}',
  },
  check(ctx: ResourceContext): Report[] {
    const first = firstSyntaxError(ctx.resource.document.errors, ctx.text);
    const syntax = first ? [first] : [];
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
