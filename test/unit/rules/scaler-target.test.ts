import { test } from 'node:test';
import { checkRule, yaml } from '../../support/rules';
import { valid } from '../../support/heads';

test('a scaler whose FlinkDeployment does not exist', () => {
  const scaled = (name: string, note = '') => yaml`
    apiVersion: keda.sh/v1alpha1
    kind: ScaledObject
    metadata: { name: lag }
    spec:
      scaleTargetRef:
        apiVersion: flink.apache.org/v1beta1
        kind: FlinkDeployment
        name: ${name}
${note}      minReplicaCount: 1
      maxReplicaCount: 8
  `;
  checkRule('scaler-target', `${valid()}---\n${scaled('dmeo', '#             ^^^^ warning scaler-target: ScaledObject targets FlinkDeployment "dmeo", which is not among the analysed resources.\n')}`);
  checkRule('scaler-target', `${valid()}---\n${scaled('demo')}`);
  checkRule('scaler-target', scaled('elsewhere'));
});
