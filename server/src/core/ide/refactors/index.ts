/** All refactorings available at an offset. */

import { configForm } from './config-form';
import { normalizeMemory } from './normalize-memory';
import { resizeTaskManagers } from './resize';
import { resourceForm } from './resource-form';
import { Refactoring, RefactorContext } from './types';

export function refactoringsAt(ctx: RefactorContext): Refactoring[] {
  // While the YAML has a syntax error its tree is a guess; an edit made from a guess can land anywhere.
  if (ctx.resource.document.errors.length > 0) return [];
  return [...resourceForm(ctx), ...configForm(ctx), ...normalizeMemory(ctx), ...resizeTaskManagers(ctx)];
}

export type { Refactoring, RefactorContext };
