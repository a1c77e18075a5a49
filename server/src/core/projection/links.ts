/**
 * Projects a set of resources together so that session jobs see their session cluster (same
 * namespace, `spec.deploymentName`) and a native session cluster sees the slots its jobs need.
 */

import { isKnown } from '../yaml/fields';
import { plural } from '../format/numbers';
import { FlinkResource } from '../model/types';
import { derived, Derived, notKnown } from './derived';
import { deploymentName, project, ProjectionOptions, suspendedState } from './project';
import { Projection } from './types';

export function projectAll(resources: readonly FlinkResource[], options: ProjectionOptions): Array<Projection | undefined> {
  const sessions = new Map<string, FlinkResource>();
  for (const r of resources) if (r.kind === 'FlinkDeployment' && !r.spec?.job && nameOf(r)) sessions.set(clusterKey(namespaceOf(r), nameOf(r)), r);
  const results: Array<Projection | undefined> = resources.map(() => undefined);
  const jobsByCluster = new Map<string, Projection[]>();
  const jobNames = new Map<Projection, string>();
  resources.forEach((r, i) => {
    if (r.kind !== 'FlinkSessionJob' || r.canary) return;
    const key = clusterKey(namespaceOf(r), deploymentName(r));
    const projection = project(r, options, { sessionCluster: sessions.get(key) });
    results[i] = projection;
    jobNames.set(projection, nameOf(r));
    const running = suspendedState(r) === false;
    if (sessions.has(key) && (running || suspendedState(r) === undefined)) jobsByCluster.set(key, [...(jobsByCluster.get(key) ?? []), running ? projection : { ...projection, slotsNeeded: notKnown<number>('a session job\'s job.state is set by a template expression') }]);
  });
  resources.forEach((r, i) => {
    if (r.kind === 'FlinkSessionJob' || r.kind === 'FlinkStateSnapshot' || r.canary) return;
    const jobs = jobsByCluster.get(clusterKey(namespaceOf(r), nameOf(r)));
    const sessionJobSlots = r.kind === 'FlinkDeployment' && !r.spec?.job && jobs ? sumSlots(jobs) : undefined;
    const projection = project(r, options, { sessionJobSlots });
    results[i] = jobs ? { ...projection, sessionJobs: jobs.map((j) => ({ name: jobNames.get(j) ?? '', slots: j.slotsNeeded.value })) } : projection;
  });
  resources.forEach((r, i) => {
    const own = results[i];
    if (r.kind !== 'FlinkSessionJob' || !own) return;
    const cluster = results.find((c, k) => c?.sessionJobs && clusterKey(namespaceOf(resources[k] as FlinkResource), nameOf(resources[k] as FlinkResource)) === clusterKey(namespaceOf(r), deploymentName(r)));
    if (cluster?.sessionJobs) results[i] = { ...own, sessionJobs: cluster.sessionJobs };
  });
  return results;
}

function sumSlots(jobs: Projection[]): Derived<number> {
  const unknownJob = jobs.find((j) => j.slotsNeeded.value === null);
  if (unknownJob) return notKnown(unknownJob.slotsNeeded.reason);
  const total = jobs.reduce((s, j) => s + (j.slotsNeeded.value ?? 0), 0);
  return derived(total, plural(jobs.length, 'session job'));
}

function clusterKey(namespace: string, name: string): string {
  return `${namespace}/${name}`;
}

export function nameOf(r: FlinkResource): string {
  return isKnown(r.name) && r.name.value !== null ? String(r.name.value) : '';
}

export function namespaceOf(r: FlinkResource): string {
  return isKnown(r.namespace) && r.namespace.value !== null ? String(r.namespace.value) : '';
}
