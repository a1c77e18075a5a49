/** One-line summary of a projection, for CodeLens, the outline and refactoring titles. */

import { Projection } from '../projection/types';
import { fromProjection, longHeadline } from '../format/headline';

export function summary(p: Projection): string {
  return longHeadline(fromProjection(p));
}
