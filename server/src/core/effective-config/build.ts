/**
 * The effective configuration of one resource, from the same layers the projection uses
 * (projection/cluster-context.ts): Flink's defaults where they matter, the operator's defaults,
 * flinkConfiguration (for a session job: its cluster's, then its own), then the keys the
 * operator writes from the spec.
 */

import { isKnown } from '../yaml/fields';
import { FlinkResource } from '../model/types';
import { FlinkConfig } from '../model/flink-config';
import { clusterContext } from '../projection/cluster-context';
import { ProjectionOptions } from '../projection/project';
import { Projection } from '../projection/types';
import { chartOrigin } from '../projection/effective-config';
import { nameOf, namespaceOf } from '../projection/links';
import { haActive } from '../rules/flink-keys';
import { flinkDefaults } from './flink-defaults';
import { Layering } from './layering';
import { jobDefaults, op, writeFromSpec } from './written';
import { EffectiveConfiguration, OriginKind } from './types';

export function effectiveConfiguration(resource: FlinkResource, projection: Projection, options: ProjectionOptions, sessionCluster?: FlinkResource): EffectiveConfiguration {
  const cluster = clusterContext(resource, options, sessionCluster);
  const layering = new Layering();
  const notes: string[] = [];
  const isSessionJob = resource.kind === 'FlinkSessionJob';
  for (const [key, value] of flinkDefaults(projection.flinkVersion.value)) layering.set(key, { value, origin: { kind: 'flink-default', text: 'Flink default' } });
  const { defaults, resourceConfigs, fromSpec } = cluster.config.layers;
  for (const [key, value] of Object.entries(defaults.chart)) layering.set(key, { value, origin: { kind: 'operator-default', text: chartOrigin(key) } });
  for (const [key, value] of Object.entries(defaults.values)) layering.set(key, { value, origin: { kind: 'operator-default', text: defaults.origins[key] ?? `the operator's default configuration "${key}"` } });
  layering.foreign = isSessionJob;
  resourceConfigs.forEach((config) => addConfig(layering, config, isSessionJob ? 'session-cluster' : 'resource'));
  const spec = cluster.spec;
  const name = nameOf(isSessionJob && sessionCluster ? sessionCluster : resource);
  const namespace = namespaceOf(resource) || 'default';
  if (spec) writeFromSpec(layering, { spec, projection, fromSpec, name, namespace, haActive: haActive(cluster.validatorConfig) });
  layering.foreign = false;
  if (isSessionJob) sessionJob(layering, resource, notes, cluster.missing);
  if (resource.patch) notes.push('This looks like a kustomize patch: keys it does not set come from its base, which is not part of this listing.');
  if (cluster.config.layers.resourceConfigs.some((c) => c.openPrefixes.length > 0) && !resource.patch) notes.push('A template may add keys to flinkConfiguration; their values are unknown.');
  return { kind: resource.kind, name: nameOf(resource) || null, namespace: namespaceOf(resource) || null, keys: layering.keys(), notes };
}

function addConfig(layering: Layering, config: FlinkConfig, kind: OriginKind): void {
  for (const entry of config.entries.values()) {
    const where = kind === 'session-cluster' ? 'the session cluster\'s flinkConfiguration' : 'flinkConfiguration';
    layering.set(entry.key, { value: entry.value ?? null, unknown: entry.value === undefined ? 'set by a template expression' : undefined, origin: { kind, text: where, span: entry.keySpan } });
  }
}

/** A session job: its cluster's configuration, its own flinkConfiguration, then applyJobConfig. */
function sessionJob(layering: Layering, resource: FlinkResource, notes: string[], missing: string | undefined): void {
  if (missing) notes.push(`The configuration of the session cluster is unknown (${missing}); only what the session job itself sets is listed.`);
  const own = resource.spec?.flinkConfiguration;
  if (own) addConfig(layering, own, 'resource');
  const j = resource.spec?.job;
  if (j && !('kind' in j)) {
    jobDefaults(layering, j, nameOf(resource));
    const parallelism = isKnown(j.parallelism) && j.parallelism.value !== null ? j.parallelism : undefined;
    if (parallelism) layering.set('parallelism.default', op('spec.job.parallelism (sent with the job)', parallelism.text, parallelism.span));
  }
}

