/**
 * Builds resources from the operator's own test fixture (flink-semantics.md §11: name
 * test-cluster, v1_20, 2 slots, HA, directories, JM/TM 1 CPU + 2048m, job parallelism 1) with
 * per-test changes, and runs the analysis on them.
 */

import assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { analyze, DEFAULT_OPTIONS, AnalysisOptions } from '../../server/src/core/analysis';
import { Projection } from '../../server/src/core/projection/types';
import { resourceRow, ResourceRow } from '../../server/src/core/report/row';

type Json = null | string | number | boolean | Json[] | { [key: string]: Json | undefined };
export type Change = { [key: string]: Json | undefined | typeof DELETE };
export const DELETE = Symbol('delete');

const requirements = { requests: { cpu: 1, memory: '2048m', 'ephemeral-storage': '2G' }, limits: { 'ephemeral-storage': '2G' } };

export function baseDeployment(): Record<string, Json> {
  return {
    apiVersion: 'flink.apache.org/v1beta1',
    kind: 'FlinkDeployment',
    metadata: { name: 'test-cluster', namespace: 'flink-operator-test' },
    spec: {
      image: 'flink:latest',
      flinkVersion: 'v1_20',
      serviceAccount: 'flink-operator',
      flinkConfiguration: {
        'taskmanager.numberOfTaskSlots': '2',
        'high-availability.type': 'org.apache.flink.kubernetes.highavailability.KubernetesHaServicesFactory',
        'high-availability.storageDir': 'test',
        'execution.checkpointing.savepoint-dir': 'test-savepoint-dir',
        'execution.checkpointing.dir': 'file:///test/test-checkpoint-dir',
      },
      jobManager: { replicas: 1, resources: structuredClone(requirements) },
      taskManager: { resources: structuredClone(requirements) },
      job: { jarURI: 'local:///tmp/sample.jar', parallelism: 1, upgradeMode: 'stateless', state: 'running' },
    },
  };
}

/** Applies changes given as dotted paths ("spec.taskManager.replicas"); DELETE removes a key. */
export function withChanges(base: Record<string, Json>, changes: Change): Record<string, Json> {
  const copy = structuredClone(base);
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('/');
    let node = copy as Record<string, Json>;
    for (const key of keys.slice(0, -1)) {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
      node = node[key] as Record<string, Json>;
    }
    const last = keys[keys.length - 1] ?? '';
    if (value === DELETE) delete node[last];
    else node[last] = value as Json;
  }
  return copy;
}

export function deploymentYaml(changes: Change = {}): string {
  return stringify(withChanges(baseDeployment(), changes));
}

export function projectText(text: string, options: Partial<AnalysisOptions> = {}): Projection[] {
  const analysis = analyze(text, { ...DEFAULT_OPTIONS, ...options });
  assert.equal(analysis.internalError, undefined);
  return analysis.resources.flatMap((r) => (r.projection ? [r.projection] : []));
}

export function projectOne(text: string, options: Partial<AnalysisOptions> = {}): Projection {
  const projections = projectText(text, options);
  assert.equal(projections.length, 1, 'expected exactly one Flink resource');
  return projections[0] as Projection;
}

export function rowsOf(text: string, options: Partial<AnalysisOptions> = {}): ResourceRow[] {
  const analysis = analyze(text, { ...DEFAULT_OPTIONS, ...options });
  return analysis.resources.flatMap(({ resource, projection }) => (projection ? [resourceRow('test.yaml', analysis.lines, resource, projection)] : []));
}

/** The fixture with changes, projected. Paths use "/" so that dotted config keys stay whole. */
export function projectDeployment(changes: Change = {}, options: Partial<AnalysisOptions> = {}): Projection {
  return projectOne(deploymentYaml(changes), options);
}

export const MIB = 1024 * 1024;
