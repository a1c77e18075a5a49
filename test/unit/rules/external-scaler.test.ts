import { test } from 'node:test';
import { checkRule, yaml } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'external-scaler';
const hpa = (metric: string) => yaml`
  apiVersion: autoscaling/v2
  kind: HorizontalPodAutoscaler
  metadata: { name: demo-hpa }
  spec:
    minReplicas: 1
    maxReplicas: 5
    metrics:
      - type: Resource
        resource:
          name: ${metric}
          target: { type: Utilization, averageUtilization: 70 }
    scaleTargetRef:
      apiVersion: flink.apache.org/v1beta1
      kind: FlinkDeployment
      name: demo
`;

test('an HPA on the TaskManager replicas: range, job.parallelism, memory metric', () => {
  const deployment = valid().replace('metadata:\n  name: demo\n', 'metadata:\n  name: demo\n#       ^^^^ info external-scaler: HorizontalPodAutoscaler demo-hpa scales this deployment: 1..5 TaskManager replicas, so parallelism 2..10; it sets taskManager.replicas, so job.parallelism is ignored\n');
  // The conflict sits on the switch the user turns off, not on the name.
  checkRule(RULE, `${deployment.replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    job.autoscaler.enabled: "true"\n#   ^^^^^^^^^^^^^^^^^^^^^^ warning external-scaler: HorizontalPodAutoscaler demo-hpa and the operator\'s autoscaler\n')}---\n${hpa('cpu')}`);
});

test('memory utilisation on a JVM; KEDA; other targets are ignored', () => {
  const memory = `${valid().replace('metadata:\n  name: demo\n', 'metadata:\n  name: demo\n#       ^^^^ info external-scaler: HorizontalPodAutoscaler demo-hpa scales this deployment\n')}---\n${hpa('memory')}`;
  const memoryLine = memory.split('\n').findIndex((l) => l.includes('name: memory'));
  const lines = memory.split('\n');
  lines.splice(memoryLine + 1, 0, '#       ^^^^^^^^^^^^ warning external-scaler: HorizontalPodAutoscaler demo-hpa scales on memory');
  checkRule(RULE, lines.join('\n'));
  checkRule(RULE, `${valid()}---\n${hpa('cpu').replace('name: demo\n', 'name: other\n')}`);
});

test('a KEDA ScaledObject that may scale to zero replicas: the operator rejects 0 (V-14)', () => {
  const keda = (min: string) => yaml`
    apiVersion: keda.sh/v1alpha1
    kind: ScaledObject
    metadata: { name: demo-keda }
    spec:
      scaleTargetRef: { apiVersion: flink.apache.org/v1beta1, kind: FlinkDeployment, name: demo }
      ${min}maxReplicaCount: 4
      triggers: [{ type: kafka, metadata: { lagThreshold: "100" } }]
  `;
  const mark = (extra: string) => valid().replace('metadata:\n  name: demo\n', `metadata:\n  name: demo\n#       ^^^^ info external-scaler: ScaledObject demo-keda scales this deployment\n${extra}`);
  // Without minReplicaCount the finding sits on the scaleTargetRef the ScaledObject names.
  checkRule(RULE, `${mark('')}---\n${keda('').replace('  scaleTargetRef: { apiVersion: flink.apache.org/v1beta1, kind: FlinkDeployment, name: demo }\n', "  scaleTargetRef: { apiVersion: flink.apache.org/v1beta1, kind: FlinkDeployment, name: demo }\n#                                                                                      ^^^^ warning external-scaler: ScaledObject demo-keda may scale to 0 TaskManager replicas (KEDA's minReplicaCount is 0 unless set), which the operator rejects\n")}`);
  checkRule(RULE, `${mark('')}---\n${keda('minReplicaCount: 1\n      ')}`);
});
