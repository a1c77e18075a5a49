/**
 * Persistent volume claims Flink 2.3 mounts into its pods (`kubernetes.persistent-volume-claims`,
 * a map `claim:/mount/path`, and `kubernetes.persistent-volume-claim-read-only`, §0.1). Earlier
 * releases do not read the keys, so nothing is mounted there.
 */

import { EffectiveConfig } from './effective-config';
import { parseBoolean } from './config-values';
import { Derived } from './derived';

export interface VolumeClaims {
  readonly claims: ReadonlyArray<{ readonly claim: string; readonly mountPath: string }>;
  readonly readOnly: boolean;
}

const CLAIMS = 'kubernetes.persistent-volume-claims';
const READ_ONLY = 'kubernetes.persistent-volume-claim-read-only';

/** The claims mounted into the JobManager and TaskManager pods, or a reason there are none known. */
export function volumeClaims(config: EffectiveConfig, flinkVersion: Derived<number>, written: boolean): VolumeClaims | { readonly unknown: string } | undefined {
  const setting = config.get(CLAIMS);
  if (setting.kind === 'unset') return undefined;
  // Only a key written with a templated value is worth listing as unknown, not every open map.
  if (setting.kind === 'unknown') return written ? { unknown: setting.reason } : undefined;
  if (flinkVersion.value === null) return { unknown: `${CLAIMS} needs Flink 2.3 and the Flink version is unknown: ${flinkVersion.reason}` };
  if (flinkVersion.value < 203) return undefined;
  const readOnly = config.get(READ_ONLY);
  return { claims: parseMap(setting.value), readOnly: readOnly.kind === 'set' && parseBoolean(readOnly.value) === true };
}

/** Flink's map syntax: `k1:v1,k2:v2`, each part optionally quoted. */
function parseMap(text: string): VolumeClaims['claims'] {
  return text
    .split(',')
    .map((part) => part.trim().replace(/^(['"])(.*)\1$/, '$2'))
    .filter((part) => part !== '')
    .map((part) => {
      const at = part.indexOf(':');
      return at < 0 ? { claim: part, mountPath: '' } : { claim: part.slice(0, at).trim(), mountPath: part.slice(at + 1).trim() };
    });
}
