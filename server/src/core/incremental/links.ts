/**
 * Which resources depend on others: session jobs, the session clusters they name, and
 * FlinkDeployments that an HPA or ScaledObject targets. Only these are re-projected and
 * re-checked on every change; everything else is reused while its text is unchanged.
 */

import { FlinkResource } from '../model/types';
import { deploymentName } from '../projection/cluster-context';
import { nameOf, namespaceOf } from '../projection/links';
import { Scaler } from '../rules/scalers';

export function linkedResources(resources: readonly FlinkResource[], scalers: readonly Scaler[]): (r: FlinkResource) => boolean {
  const sessionTargets = new Set<string>();
  for (const r of resources) if (r.kind === 'FlinkSessionJob') sessionTargets.add(`${namespaceOf(r)}/${deploymentName(r)}`);
  const scaled = new Set(scalers.map((s) => s.target));
  return (r) => r.kind === 'FlinkSessionJob' || sessionTargets.has(`${namespaceOf(r)}/${nameOf(r)}`) || scaled.has(nameOf(r));
}
