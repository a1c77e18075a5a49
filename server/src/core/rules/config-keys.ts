/** Shared by the flinkConfiguration key rules: the resource's own entries with their option. */

import { ConfigEntry } from '../model/flink-config';
import { findOption, Match } from '../catalog/catalog';
import { ResourceContext } from './types';
import { memo } from './helpers';

export interface KeyedEntry {
  readonly entry: ConfigEntry;
  readonly match: Match | undefined;
}

export function ownEntries(ctx: ResourceContext): KeyedEntry[] {
  return memo(ctx, 'ownEntries', () => {
    const config = ctx.resource.spec?.flinkConfiguration;
    if (!config) return [];
    return [...config.entries.values(), ...config.shadowed].map((entry) => ({ entry, match: findOption(entry.key) }));
  });
}

/** The Flink version as major*100+minor; unknown means "assume the newest". */
export function flinkVersionOf(ctx: ResourceContext): number {
  return ctx.projection?.flinkVersion.value ?? 999;
}
