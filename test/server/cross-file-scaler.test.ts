/** An HPA in another open file: its finding names that file and points nowhere into this one. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from '../support/lsp';
import { valid } from '../support/heads';

const hpa = 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: { name: tm-hpa }\nspec:\n  minReplicas: 1\n  maxReplicas: 4\n  scaleTargetRef: { apiVersion: flink.apache.org/v1beta1, kind: FlinkDeployment, name: demo }\n  metrics:\n    - type: Resource\n      resource: { name: memory, target: { type: Utilization, averageUtilization: 70 } }\n';

test('a scaler in another open file is reported as from that file, with no spans borrowed from it', async () => {
  const c = new TestClient();
  await c.initialize();
  await c.open('file:///ws/hpa.yaml', hpa);
  await c.diagnostics('file:///ws/hpa.yaml'); // as an editor pulls them for every open file
  await c.open('file:///ws/job.yaml', valid());
  const diags = (await c.diagnostics('file:///ws/job.yaml')).filter((d) => d.code === 'external-scaler');
  assert.deepEqual(diags.map((d) => d.message), ['HorizontalPodAutoscaler tm-hpa (in hpa.yaml) scales this deployment: 1..4 TaskManager replicas, so parallelism 2..8; it sets taskManager.replicas, so job.parallelism is ignored from the first scaling on.']);
  assert.deepEqual(diags[0]?.range.start, { line: 3, character: 8 }, 'on the deployment\'s name');
  c.dispose();
});
