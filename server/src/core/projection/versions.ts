/** Flink and operator version handling. */

import { Field, isKnown, Scalar } from '../yaml/fields';
import { Derived, derived, notKnown } from './derived';

/** `v1_20` → 120, `v2_0` → 200. */
export function flinkVersionNumber(field: Field<Scalar> | undefined): Derived<number> {
  if (!field) return notKnown('spec.flinkVersion is not set');
  if (!isKnown(field)) return notKnown(`spec.flinkVersion: ${field.reason}`, field.span);
  const m = /^v(\d+)_(\d+)$/.exec(String(field.value));
  if (!m) return notKnown(`spec.flinkVersion "${String(field.value)}" is not a version such as v1_20`, field.span);
  return derived(Number(m[1]) * 100 + Number(m[2]), `spec.flinkVersion ${String(field.value)}`, field.span);
}

/** Compares operator versions such as "1.15" or "1.13.1". */
export function operatorAtLeast(version: string, minimum: string): boolean {
  const a = version.split('.').map(Number);
  const b = minimum.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}
