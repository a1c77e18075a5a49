/**
 * The flinkVersion that judges a resource's flinkConfiguration keys in hover and completion, as
 * the key rules judge them: the projection's (a session job runs on its cluster's Flink), and an
 * invalid value judges nothing. Only a resource without a projection falls back to what it says.
 */

import { ResourceAnalysis } from '../analysis';
import { flinkVersionName } from '../versions/names';

export function resourceFlinkVersion(ra: ResourceAnalysis): string | undefined {
  if (ra.projection) {
    const v = ra.projection.flinkVersion.value;
    return v === null ? undefined : flinkVersionName(v);
  }
  const own = ra.resource.spec?.flinkVersion;
  return own?.kind === 'known' && typeof own.value === 'string' ? own.value : undefined;
}
