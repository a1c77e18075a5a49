/** The resource's Flink version as the projection carries it (major × 100 + minor), with its reason. */

import { Field, isKnown, Scalar } from '../yaml/fields';
import { parseFlinkVersion } from '../versions/names';
import { Derived, derived, notKnown } from './derived';

/** `v1_20` → 120, `v2_0` → 200. */
export function flinkVersionNumber(field: Field<Scalar> | undefined): Derived<number> {
  if (!field) return notKnown('spec.flinkVersion is not set');
  if (!isKnown(field)) return notKnown(`spec.flinkVersion: ${field.reason}`, field.span);
  const version = parseFlinkVersion(String(field.value));
  if (version === undefined) return notKnown(`spec.flinkVersion "${String(field.value)}" is not a version such as v1_20`, field.span);
  return derived(version, `spec.flinkVersion ${String(field.value)}`, field.span);
}
