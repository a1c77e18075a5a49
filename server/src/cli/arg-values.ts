/** Option values every command reads the same way, with the same message when one is wrong. */

import { UsageError } from './files';

/** `--flag=value` → ['--flag', 'value']; anything else → [arg, undefined]. */
export function splitFlag(arg: string): [string, string | undefined] {
  if (!arg.startsWith('--')) return [arg, undefined];
  const [flag = arg, inline] = arg.split(/=(.*)/s, 2);
  return [flag, inline];
}

export function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}`);
}

export function operatorVersionArg(value: string): string {
  if (/^\d+\.\d+(\.\d+)?$/.test(value)) return value;
  throw new UsageError(`--operator-version must look like 1.15, not "${value}"`);
}
