/** Several documents per side: added, removed and renamed resources, session clusters with their jobs, the projection delta. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { application, changes, jobOf, sessionCluster, sessionJob, specOf, yamlOf, Obj, OPTIONS } from '../../support/changes';
import { compareSides } from '../../../server/src/core/changes/compare';
import { sideOf } from '../../../server/src/core/changes/side';

const named = (d: Obj, name: string): Obj => ({ ...d, metadata: { ...(d.metadata as Obj), name } });

test('added and removed resources are create and delete; unchanged ones are left out', () => {
  const keep = named(application(), 'keep');
  const old = named(application(), 'old-job');
  const added = named(application((s) => ((s.job as Obj).jarURI = 'local:///other.jar')), 'new-job');
  const list = changes(yamlOf(keep, old), yamlOf(keep, added));
  assert.deepEqual(list.map((c) => [c.name, c.class]), [['new-job', 'create'], ['old-job', 'delete']]);
  const [created, deleted] = list;
  assert.equal(created?.action, 'deploys a new cluster and starts the job');
  assert.equal(created?.projection.before, null);
  assert.equal(created?.projection.after?.taskManagers, 1);
  assert.equal(deleted?.state, 'discarded');
  assert.match(deleted?.action ?? '', /cancels the job without a savepoint and removes its cluster/);
  assert.ok(deleted?.baseSpan && !deleted.span, 'a deleted resource points into the base text');
});

test('deletion with savepoint-on-deletion keeps a savepoint; a suspended job has nothing to stop', () => {
  const withSavepoint = application((s) => ((s.flinkConfiguration as Obj)['kubernetes.operator.job.savepoint-on-deletion'] = 'true'));
  assert.equal(changes(yamlOf(withSavepoint), '')[0]?.state, 'savepoint');
  const suspended = application((s) => ((s.job as Obj).state = 'suspended'));
  assert.equal(changes(yamlOf(suspended), '')[0]?.state, 'none');
  assert.equal(changes('', yamlOf(suspended))[0]?.action, 'records the resource but deploys nothing while job.state is suspended');
});

test('a rename is a delete and a create, and says so', () => {
  const list = changes(yamlOf(application()), yamlOf(named(application(), 'test-cluster-v2')));
  assert.deepEqual(list.map((c) => c.class), ['create', 'delete']);
  assert.match(list[0]?.findings[0]?.message ?? '', /looks like a rename of FlinkDeployment test-cluster: Kubernetes sees a new resource/);
  assert.match(list[1]?.findings[0]?.message ?? '', /looks renamed to FlinkDeployment test-cluster-v2/);
  assert.equal(list[0]?.findings[0]?.severity, 'warning');
});

test('a namespace is part of the identity; the same name in two namespaces are two resources', () => {
  const moved: Obj = { ...application(), metadata: { name: 'test-cluster', namespace: 'other' } };
  assert.deepEqual(changes(yamlOf(application()), yamlOf(moved)).map((c) => `${c.namespace}/${c.name} ${c.class}`), ['other/test-cluster create', 'flink-operator-test/test-cluster delete']);
});

test('moving a resource to another file of the same side is no change', () => {
  const sessions = named(sessionCluster(), 'sessions');
  const one = [{ file: 'a.yaml', text: yamlOf(application(), sessions) }];
  const two = [{ file: 'a.yaml', text: yamlOf(application()) }, { file: 'b.yaml', text: yamlOf(sessions) }];
  const list = compareSides({ before: sideOf(one, OPTIONS), after: sideOf(two, OPTIONS) }, OPTIONS);
  assert.deepEqual(list.map((c) => `${c.kind} ${c.class}`), [], JSON.stringify(list.map((c) => [c.name, c.class])));
});

test('a session cluster with jobs: a job added to it, one removed, the cluster resized', () => {
  const cluster = sessionCluster();
  const bigger = sessionCluster((s) => (((s.taskManager as Obj).resources as Obj).requests = { cpu: 2, memory: '4096m' }));
  const list = changes(yamlOf(cluster, sessionJob(undefined, 'a'), sessionJob(undefined, 'b')), yamlOf(bigger, sessionJob(undefined, 'a'), sessionJob(undefined, 'c')));
  assert.deepEqual(list.map((c) => `${c.kind} ${c.name} ${c.class}`), ['FlinkDeployment test-cluster upgrade', 'FlinkSessionJob c create', 'FlinkSessionJob b delete']);
  assert.equal(list[0]?.conditions[0], 'session jobs on it: a, c');
  assert.equal(list[1]?.action, 'submits the job to session cluster test-cluster');
  assert.match(list[2]?.action ?? '', /cancels the job in its session cluster without a savepoint/);
});

test('the projection before and after shows a resize', () => {
  const before = application((s) => ((s.job as Obj).parallelism = 4));
  const after = application((s) => ((s.job as Obj).parallelism = 8));
  const [c] = changes(yamlOf(before), yamlOf(after));
  assert.deepEqual(c?.projection, {
    before: { parallelism: 4, taskManagers: 2, slotsPerTaskManager: 2, totalSlots: 4, jobManagers: 1, cpu: 3, memoryBytes: 3 * 2 ** 31 },
    after: { parallelism: 8, taskManagers: 4, slotsPerTaskManager: 2, totalSlots: 8, jobManagers: 1, cpu: 5, memoryBytes: 5 * 2 ** 31 },
  });
});

test('each field change sits where it is written; a removed one at its nearest remaining key', () => {
  const before = yamlOf(application((s) => ((s.job as Obj).entryClass = 'x.Main')));
  const afterObj = application((s) => (s.image = 'flink:new'));
  const after = yamlOf(afterObj);
  const [c] = changes(before, after);
  const image = c?.fields.find((f) => f.path === 'spec.image');
  const entry = c?.fields.find((f) => f.path === 'spec.job.entryClass');
  assert.equal(after.slice(image?.span?.start, image?.span?.end), 'flink:new');
  assert.equal(after.slice(entry?.span?.start, entry?.span?.end), 'job');
  assert.equal(before.slice(entry?.baseSpan?.start, entry?.baseSpan?.end), 'x.Main');
  assert.equal(jobOf(afterObj).entryClass, undefined);
  assert.equal(specOf(afterObj).image, 'flink:new');
});
