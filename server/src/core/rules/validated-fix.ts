/**
 * Fixes that change sizes are checked before they are offered: the edited text is analysed
 * again and the fix is kept only if the projection then passes the given test. This keeps us
 * from suggesting, say, a memory size that Flink would still refuse.
 */

import { analyze } from '../analysis';
import { applyEdits } from '../edits/text-edit';
import { Projection } from '../projection/types';
import { Fix, ResourceContext } from './types';

export function validated(ctx: ResourceContext, fix: Fix | undefined, accept: (p: Projection) => boolean): Fix | undefined {
  if (!fix) return undefined;
  const edited = applyEdits(ctx.text, fix.edits);
  const analysis = analyze(edited, { operatorVersion: ctx.options.operatorVersion, operatorDefaults: ctx.options.operatorDefaults });
  const same = analysis.resources.find((r) => r.resource.documentIndex === ctx.resource.documentIndex);
  return same?.projection && accept(same.projection) ? fix : undefined;
}
