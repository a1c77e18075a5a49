import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'pod-template';

test('main container name, overwritten cpu/memory, both resource forms (§9.1)', () => {
  checkRule(RULE, valid(`  podTemplate:
    spec:
      containers:
        - name: flink-main
#               ^^^^^^^^^^ 💡 warning pod-template: Container "flink-main" sets an image or resources, but Flink only applies those of the container named flink-main-container
          image: my/flink:1.20
        - name: log-shipper
          image: fluent/fluent-bit
`));
  checkRule(RULE, valid(`  podTemplate:
    spec:
      containers:
        - name: flink-main-container
          resources:
            requests:
              memory: 4Gi
#             ^^^^^^ warning pod-template: memory on flink-main-container is overwritten by Flink
              ephemeral-storage: 10Gi
`));
  checkRule(RULE, valid().replace('    resource: { memory: 4096m, cpu: 2 }\n', '    resource: { memory: 4096m, cpu: 2 }\n#   ^^^^^^^^ warning pod-template: spec.taskManager has both resource and resources\n    resources:\n      requests: { memory: 4Gi }\n'));
});

test('role templates merge containers by position unless merge-arrays-by-name is on', () => {
  const templates = (flag = '') => valid(`  podTemplate:
    spec:
      containers:
        - name: flink-main-container
        - name: sidecar
          image: fluent/fluent-bit
`).replace('    resource: { memory: 4096m, cpu: 2 }\n', `    resource: { memory: 4096m, cpu: 2 }
    podTemplate:
      spec:
        containers:
          - name: log-agent
${flag ? '' : '#                 ^^^^^^^^^ warning pod-template: Container "log-agent" is merged into "flink-main-container" of spec.podTemplate because arrays merge by position\n'}            image: busybox
`).replace('    taskmanager.numberOfTaskSlots: "2"\n', `    taskmanager.numberOfTaskSlots: "2"\n${flag}`);
  checkRule(RULE, templates());
  checkRule(RULE, templates('    kubernetes.operator.pod-template.merge-arrays-by-name: "true"\n'));
});

test('a container named like Flink\'s is a sidecar: without an image the pod is invalid (real repositories)', () => {
  checkRule(RULE, valid(`  podTemplate:
    spec:
      containers:
        - name: flink-taskmanager
#               ^^^^^^^^^^^^^^^^^ 💡 error pod-template: Container "flink-taskmanager" is not Flink's container (only flink-main-container is), so its settings never reach Flink; Flink adds it as a sidecar, and without an image Kubernetes rejects the pod
          env:
            - name: JAVA_TOOL_OPTIONS
              value: -XX:+UseG1GC
`));
  // Any other container without an image: same outcome, no rename offered.
  checkRule(RULE, valid(`  podTemplate:
    spec:
      containers:
        - name: flink-main-container
        - name: metrics
#               ^^^^^^^ error pod-template: Container "metrics" is added to the pod as a sidecar, and without an image Kubernetes rejects the pod
`));
  // The image may come from the other template: containers merge by name here.
  checkRule(RULE, valid(`  podTemplate:
    spec:
      containers:
        - name: metrics
          image: prom/statsd-exporter
`).replace('    resource: { memory: 4096m, cpu: 2 }\n', '    resource: { memory: 4096m, cpu: 2 }\n    podTemplate:\n      spec:\n        containers:\n          - name: metrics\n            args: [--verbose]\n').replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    kubernetes.operator.pod-template.merge-arrays-by-name: "true"\n'));
});

test('fix: rename a Flink-like container to flink-main-container', () => {
  const before = valid('  podTemplate:\n    spec:\n      containers:\n        - name: flink-jobmanager # ours\n          volumeMounts: []\n');
  checkFix(RULE, before, 'Rename to flink-main-container', before.replace('flink-jobmanager', 'flink-main-container'));
});
