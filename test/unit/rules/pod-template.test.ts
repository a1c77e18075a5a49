import { test } from 'node:test';
import { checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'pod-template';

test('main container name, overwritten cpu/memory, both resource forms (§9.1)', () => {
  checkRule(RULE, valid(`  podTemplate:
    spec:
      containers:
        - name: flink-main
#               ^^^^^^^^^^ warning pod-template: Container "flink-main" sets an image or resources, but Flink only applies those of the container named flink-main-container
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
`).replace('    resource: { memory: 4096m, cpu: 2 }\n', `    resource: { memory: 4096m, cpu: 2 }
    podTemplate:
      spec:
        containers:
          - name: log-agent
${flag ? '' : '#                 ^^^^^^^^^ warning pod-template: Container "log-agent" is merged into "flink-main-container" of spec.podTemplate because arrays merge by position\n'}`).replace('    taskmanager.numberOfTaskSlots: "2"\n', `    taskmanager.numberOfTaskSlots: "2"\n${flag}`);
  checkRule(RULE, templates());
  checkRule(RULE, templates('    kubernetes.operator.pod-template.merge-arrays-by-name: "true"\n'));
});
