/**
 * Equality as the operator's Java objects see it: numbers by value, Kubernetes quantities by
 * their numerical amount (fabric8's Quantity.equals: `2Gi` equals `2048Mi`), a template equal
 * only to the same template, and the leaf paths where two values differ (like the operator's
 * SpecChanged event, which lists `podTemplate.spec.hostname : a -> b`).
 */

import { parseQuantity } from '../units/quantity';
import { Decimal } from '../units/decimal';
import { Path } from './tree';
import { Json, Opaque } from './types';

export interface Leaf {
  readonly path: Path;
  readonly before: Json | undefined;
  readonly after: Json | undefined;
}

/** Keys whose values are Kubernetes Quantity objects in the operator's model. */
const QUANTITY_MAPS = new Set(['requests', 'limits', 'overhead', 'capacity', 'hard']);

function isQuantityPath(path: Path): boolean {
  const key = path[path.length - 1];
  const parent = path[path.length - 2];
  return key === 'sizeLimit' || (typeof parent === 'string' && QUANTITY_MAPS.has(parent));
}

export function same(a: Json | undefined, b: Json | undefined, path: Path): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (a instanceof Opaque || b instanceof Opaque) return a instanceof Opaque && b instanceof Opaque && a.text === b.text;
  if (isQuantityPath(path) && (typeof a === 'string' || typeof a === 'number') && (typeof b === 'string' || typeof b === 'number')) return sameQuantity(String(a), String(b));
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => same(x, b[i], [...path, i]));
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    return ka.every((k) => k in b && same((a as Record<string, Json>)[k], (b as Record<string, Json>)[k], [...path, k]));
  }
  return false;
}

function sameQuantity(a: string, b: string): boolean {
  const x = parseQuantity(a.trim());
  const y = parseQuantity(b.trim());
  if (!x.ok || !y.ok) return a === b;
  return compareDecimal(x.amount, y.amount) === 0;
}

function compareDecimal(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const ua = a.unscaled * 10n ** BigInt(scale - a.scale);
  const ub = b.unscaled * 10n ** BigInt(scale - b.scale);
  return ua === ub ? 0 : ua < ub ? -1 : 1;
}

/** The paths where two values differ: objects by key, arrays by index, anything else whole. */
export function leaves(path: Path, a: Json | undefined, b: Json | undefined): Leaf[] {
  if (same(a, b, path)) return [];
  if (isPlain(a) && isPlain(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
    return keys.flatMap((k) => leaves([...path, k], a[k], b[k]));
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: Leaf[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...leaves([...path, i], a[i], b[i]));
    return out;
  }
  return [{ path, before: a, after: b }];
}

function isPlain(v: Json | undefined): v is { readonly [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Opaque);
}
