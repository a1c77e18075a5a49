/** Native or standalone (flink-semantics.md §1.9): absent or null means native. */

import { isKnown } from '../yaml/fields';
import { SpecView } from '../model/types';
import { Derived, derived, notKnown } from './derived';

export function deploymentMode(spec: SpecView | undefined): Derived<'native' | 'standalone'> {
  const field = spec?.mode;
  if (!field || (isKnown(field) && field.value === null)) return derived('native', 'spec.mode is not set: native');
  if (!isKnown(field)) return notKnown(`spec.mode: ${field.reason}`, field.span);
  if (field.value === 'native' || field.value === 'standalone') return derived(field.value, `spec.mode ${field.value}`, field.span);
  return notKnown(`spec.mode "${field.text}" is neither native nor standalone`, field.span);
}
