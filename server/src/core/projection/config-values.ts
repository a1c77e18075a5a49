/**
 * Typed reads of configuration values, following Flink's parsers: integers, doubles for cpu,
 * memory sizes, booleans (the memory model reads its fractions as Java floats in memory/conf.ts).
 * A value that does not parse makes Flink fail.
 */

import { parseFlinkMemorySize } from '../units/memory-size';
import { parseJavaDouble, parseJavaInt } from '../units/java-number';
import { EffectiveConfig, Setting } from './effective-config';

export type Read<T> =
  | { readonly kind: 'value'; readonly value: T; readonly setting?: Setting & { kind: 'set' } }
  | { readonly kind: 'unknown'; readonly reason: string }
  | { readonly kind: 'invalid'; readonly message: string };

type Parser<T> = (text: string) => T | string;

function read<T>(config: EffectiveConfig, parse: Parser<T>, fallback: T | undefined, keys: string[]): Read<T | undefined> {
  const [key, ...deprecated] = keys;
  const setting = config.get(key ?? '', ...deprecated);
  if (setting.kind === 'unknown') return { kind: 'unknown', reason: setting.reason };
  if (setting.kind === 'unset') return { kind: 'value', value: fallback };
  const parsed = parse(setting.value);
  if (typeof parsed === 'string') return { kind: 'invalid', message: `${setting.source} is "${setting.value}": ${parsed}` };
  return { kind: 'value', value: parsed, setting };
}

// Java's parsers, as Flink's Configuration applies them: integers and booleans are not trimmed
// (" 4" fails), doubles and sizes are.
export const parseInteger: Parser<number> = (t) => parseJavaInt(t) ?? (t.trim() !== t && parseJavaInt(t.trim()) !== undefined ? 'not a whole number: Flink does not trim the spaces around it' : 'not a whole number');
export const parseDouble: Parser<number> = (t) => parseJavaDouble(t) ?? 'not a number';
export const parseMemory: Parser<bigint> = (t) => {
  const r = parseFlinkMemorySize(t);
  return r.ok ? r.bytes : `not a memory size (${r.error})`;
};
export const parseBoolean: Parser<boolean> = (t) => (/^(true|false)$/i.test(t) ? t.toLowerCase() === 'true' : 'not true or false');

export function readInt(c: EffectiveConfig, fallback: number | undefined, ...keys: string[]) {
  return read(c, parseInteger, fallback, keys);
}
export function readDouble(c: EffectiveConfig, fallback: number | undefined, ...keys: string[]) {
  return read(c, parseDouble, fallback, keys);
}
export function readMemory(c: EffectiveConfig, fallback: bigint | undefined, ...keys: string[]) {
  return read(c, parseMemory, fallback, keys);
}
export function readBoolean(c: EffectiveConfig, fallback: boolean, ...keys: string[]) {
  return read(c, parseBoolean, fallback, keys);
}
