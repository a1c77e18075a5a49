/**
 * Go values as the evaluator holds them: string, bigint (Go int64), number (Go float64, which is
 * what Helm reads numbers in values files as), boolean, null (nil), Map (Go map, iterated in
 * key order), array (slice), GoStruct (.Capabilities, .Files, ...), and Unknown for what we do
 * not evaluate. Where a map entry or list item came from is kept beside it (`originAt`).
 */

import { Mark, UnknownSpan, ValueOrigin } from '../../sourcemap/types';

export type GoMap = Map<string, unknown>;

/** A value that is not evaluated, with the reason named for the user. */
export class Unknown {
  constructor(readonly reason: string) {}
}

/** A Go struct or object with methods (Files.Get, APIVersions.Has). */
export interface GoStruct {
  readonly goType: string;
  field(name: string): unknown;
}

export class GoMethod {
  constructor(readonly name: string, readonly call: (args: readonly unknown[]) => unknown) {}
}

export function isStruct(v: unknown): v is GoStruct {
  return typeof v === 'object' && v !== null && 'goType' in v && typeof (v as GoStruct).field === 'function';
}

/** An evaluated value with its origin (a values-file entry) and, for strings, marks inside it. */
export interface Val {
  readonly v: unknown;
  readonly o?: ValueOrigin;
  /** Marks relative to the string `v` (an `include` or `toYaml` output). */
  readonly marks?: readonly Mark[];
  /** Unevaluated parts inside the string `v`, relative to it. */
  readonly unknowns?: readonly UnknownSpan[];
}

const ORIGINS = new WeakMap<object, Map<string | number, ValueOrigin>>();

export function setOrigin(container: object, key: string | number, origin: ValueOrigin): void {
  let m = ORIGINS.get(container);
  if (!m) ORIGINS.set(container, (m = new Map()));
  m.set(key, origin);
}

export function originAt(container: unknown, key: string | number): ValueOrigin | undefined {
  return typeof container === 'object' && container !== null ? ORIGINS.get(container)?.get(key) : undefined;
}

export function isMap(v: unknown): v is GoMap {
  return v instanceof Map;
}

/** Go's truth for if/with/and/or: false, 0, nil and empty string, list and map are false. */
export function truth(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return v.length > 0;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'number') return v !== 0;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Map) return v.size > 0;
  return true;
}

/** Sprig's `empty` (and what `default` tests): Go's zero values. */
export function isEmpty(v: unknown): boolean {
  return !truth(v);
}

/** Go's name of the value's type, for messages and `typeOf`. */
export function goType(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float64';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  if (v instanceof Map) return 'map[string]interface {}';
  if (isStruct(v)) return v.goType;
  return 'interface {}';
}

/** Go's reflect kind name, for `kindOf`/`kindIs`. */
export function goKind(v: unknown): string {
  if (v === null || v === undefined) return 'invalid';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float64';
  if (Array.isArray(v)) return 'slice';
  if (v instanceof Map) return 'map';
  if (isStruct(v)) return 'struct';
  return typeof v === 'boolean' ? 'bool' : 'string';
}

export function firstUnknown(values: readonly unknown[]): Unknown | undefined {
  for (const v of values) if (v instanceof Unknown) return v;
  return undefined;
}
