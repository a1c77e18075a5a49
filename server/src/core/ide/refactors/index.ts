/** All refactorings available at an offset. */

import { configForm } from './config-form';
import { normalizeMemory } from './normalize-memory';
import { resizeTaskManagers } from './resize';
import { resourceForm } from './resource-form';
import { Refactoring, RefactorContext } from './types';

export function refactoringsAt(ctx: RefactorContext): Refactoring[] {
  return [...resourceForm(ctx), ...configForm(ctx), ...normalizeMemory(ctx), ...resizeTaskManagers(ctx)];
}

export type { Refactoring, RefactorContext };
