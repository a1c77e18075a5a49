/**
 * Helpers for the change-impact tests: resources written as objects (stringified to YAML, the
 * way a user would write them) or as text, compared like `flink-k8s changes` compares two files.
 */

import { stringify } from 'yaml';
import { compareSides } from '../../server/src/core/changes/compare';
import { specDiff, OperatorDiff } from '../../server/src/core/changes/classify';
import { sideOf } from '../../server/src/core/changes/side';
import { specJson } from '../../server/src/core/changes/spec-json';
import { ChangeOptions, ResourceChange } from '../../server/src/core/changes/types';
import { diffRules, Mode } from '../../server/src/core/changes/diff-rules';
import { readResources } from '../../server/src/core/analysis';

export type Obj = { [key: string]: unknown };

export const OPTIONS: ChangeOptions = { operatorVersion: '1.16', operatorDefaults: {} };

export function yamlOf(...docs: Obj[]): string {
  return docs.map((d) => stringify(d)).join('---\n');
}

/** Changes between two texts (each may hold several documents). */
export function changes(before: string, after: string, options: ChangeOptions = OPTIONS): ResourceChange[] {
  return compareSides({ before: sideOf([{ file: 'before.yaml', text: before }], options), after: sideOf([{ file: 'after.yaml', text: after }], options) }, options);
}

/** The single change between two texts (fails when there is not exactly one). */
export function change(before: string | Obj, after: string | Obj, options: ChangeOptions = OPTIONS): ResourceChange {
  const list = changes(text(before), text(after), options);
  if (list.length !== 1) throw new Error(`expected one change, got ${list.length}: ${JSON.stringify(list.map((c) => `${c.name} ${c.class}`))}`);
  return list[0] as ResourceChange;
}

/** The operator's diff of the first resources of two texts, in a given mode (like SpecDiffTest). */
export function operatorDiff(before: string | Obj, after: string | Obj, mode: Mode = 'native', operatorVersion = '1.16'): { type: string; count: number; diffs: OperatorDiff[] } {
  const rules = diffRules(operatorVersion);
  const a = readResources(text(before)).resources[0];
  const b = readResources(text(after)).resources[0];
  if (!a || !b) throw new Error('both texts need a Flink resource');
  const diffs = specDiff({ kind: b.kind, before: specJson(a, rules), after: specJson(b, rules), mode, rules });
  const order = ['ignore', 'scale', 'upgrade', 'savepoint-redeploy'];
  const type = diffs.reduce((m, d) => (order.indexOf(d.type) > order.indexOf(m) ? d.type : m), 'ignore');
  return { type, count: diffs.length, diffs };
}

function text(v: string | Obj): string {
  return typeof v === 'string' ? v : yamlOf(v);
}

export function clone<T>(v: T): T {
  return structuredClone(v);
}

/** An application deployment like the operator's test fixture (BaseTestUtils.buildApplicationCluster). */
export function application(extra: (spec: Obj) => void = () => undefined): Obj {
  const spec: Obj = {
    image: 'flink:latest',
    imagePullPolicy: 'IfNotPresent',
    serviceAccount: 'flink-operator',
    flinkVersion: 'v1_20',
    flinkConfiguration: {
      'taskmanager.numberOfTaskSlots': '2',
      'high-availability.type': 'org.apache.flink.kubernetes.highavailability.KubernetesHaServicesFactory',
      'high-availability.storageDir': 'test',
      'execution.checkpointing.savepoint-dir': 'test-savepoint-dir',
      'execution.checkpointing.dir': 'file:///test/test-checkpoint-dir',
    },
    jobManager: { replicas: 1, resources: { requests: { cpu: 1, memory: '2048m', 'ephemeral-storage': '2G' }, limits: { 'ephemeral-storage': '2G' } } },
    taskManager: { resources: { requests: { cpu: 1, memory: '2048m', 'ephemeral-storage': '2G' }, limits: { 'ephemeral-storage': '2G' } } },
    job: { jarURI: 'local:///opt/flink/examples/streaming/StateMachineExample.jar', parallelism: 1, upgradeMode: 'stateless', state: 'running' },
  };
  extra(spec);
  return { apiVersion: 'flink.apache.org/v1beta1', kind: 'FlinkDeployment', metadata: { name: 'test-cluster', namespace: 'flink-operator-test' }, spec };
}

export function sessionCluster(extra: (spec: Obj) => void = () => undefined): Obj {
  const d = application(extra);
  delete (d.spec as Obj).job;
  return d;
}

export function sessionJob(extra: (spec: Obj) => void = () => undefined, name = 'test-session-job'): Obj {
  const spec: Obj = {
    deploymentName: 'test-cluster',
    flinkConfiguration: { 'kubernetes.operator.user.artifacts.http.header': 'header' },
    job: { jarURI: 'https://example.com/job.jar', parallelism: 1, upgradeMode: 'stateless', state: 'running' },
  };
  extra(spec);
  return { apiVersion: 'flink.apache.org/v1beta1', kind: 'FlinkSessionJob', metadata: { name, namespace: 'flink-operator-test' }, spec };
}

/** The deprecated `resource` fields instead of `resources` (BaseTestUtils.useDeprecatedResource). */
export function deprecatedResource(spec: Obj): void {
  spec.jobManager = { replicas: 1, resource: { cpu: 1.0, memory: '2048m', ephemeralStorage: '2G' } };
  spec.taskManager = { resource: { cpu: 1.0, memory: '2048m', ephemeralStorage: '2G' } };
}

export function specOf(d: Obj): Obj {
  return d.spec as Obj;
}

export function jobOf(d: Obj): Obj {
  return specOf(d).job as Obj;
}

export function configOf(d: Obj): Obj {
  return specOf(d).flinkConfiguration as Obj;
}
