/** Facts about configuration keys that several rules share (flink-semantics.md §4.1, §8.1). */

import { EffectiveConfig } from '../projection/effective-config';
import { ResourceContext } from './types';

export const CHECKPOINT_DIR = ['execution.checkpointing.dir', 'state.checkpoints.dir'];
export const SAVEPOINT_DIR = ['execution.checkpointing.savepoint-dir', 'state.savepoints.dir'];
export const HA_TYPE = ['high-availability.type', 'high-availability'];

/** The key name to suggest: Flink 1.20 renamed the directory keys. */
export function preferredKey(ctx: ResourceContext, keys: readonly string[]): string {
  const version = ctx.projection?.flinkVersion.value;
  return (version !== null && version !== undefined && version < 120 ? keys[1] : keys[0]) ?? '';
}

export type Tristate = boolean | undefined;

/** Is a key set to a non-empty value? undefined when a template may decide. */
export function isSet(config: EffectiveConfig, keys: readonly string[]): Tristate {
  const s = config.get(keys[0] ?? '', ...keys.slice(1));
  if (s.kind === 'unknown') return undefined;
  return s.kind === 'set' && s.value.trim() !== '';
}

/** HA counts as on for anything but NONE / standalone, even an unknown string (§4.1). */
export function haActive(config: EffectiveConfig): Tristate {
  const s = config.get(HA_TYPE[0] ?? '', ...HA_TYPE.slice(1));
  if (s.kind === 'unknown') return undefined;
  if (s.kind === 'unset') return false;
  return !['none', 'standalone', ''].includes(s.value.trim().toLowerCase());
}

export function isTrue(config: EffectiveConfig, key: string): Tristate {
  const s = config.get(key);
  if (s.kind === 'unknown') return undefined;
  return s.kind === 'set' && s.value.trim().toLowerCase() === 'true';
}
