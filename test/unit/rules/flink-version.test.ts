import { test } from 'node:test';
import { checkFix, checkRule, yaml } from '../../support/rules';

const RULE = 'flink-version';

test('missing, unsupported and too new for the target operator', () => {
  checkRule(RULE, yaml`
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    metadata: { name: a }
    spec:
      image: flink:1.19
    # ^^^^^ 💡 error flink-version: spec.flinkVersion is missing
    ---
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    metadata: { name: b }
    spec:
      flinkVersion: v1_14
    #               ^^^^^ error flink-version: Flink v1_14 is not supported by operator 1.12
    ---
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    metadata: { name: c }
    spec:
      flinkVersion: v2_1
    #               ^^^^ error flink-version: flinkVersion v2_1 needs operator 1.13 or newer
  `, { operatorVersion: '1.12' });
});

test('deprecated versions and an image of another version', () => {
  checkRule(RULE, yaml`
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    metadata: { name: a }
    spec:
      image: flink:1.18.1-scala_2.12
      flinkVersion: v1_17
    #               ^^^^^ info flink-version: flinkVersion v1_17 is deprecated
    #               ^^^^^ 💡 warning flink-version: The image is Flink 1.18 but flinkVersion says v1_17
    ---
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    metadata: { name: b }
    spec:
      image: registry.example.com/team/flink:1.20
      flinkVersion: v1_20
    ---
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkSessionJob
    metadata: { name: c }
    spec:
      deploymentName: b
  `);
});

test('fixes: set a missing version from the image, correct a mismatch', () => {
  const missing = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata: { name: a }\nspec:\n  image: flink:1.19 # pinned\n';
  checkFix(RULE, missing, 'Set flinkVersion to v1_19', `${missing}  flinkVersion: v1_19\n`);
  const mismatch = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata: { name: a }\nspec:\n  image: flink:1.20\n  flinkVersion: v1_19\n';
  checkFix(RULE, mismatch, 'Change flinkVersion to v1_20', mismatch.replace('v1_19', 'v1_20'));
});

test('EMR on EKS: its own operator build, so the Apache version table and deprecations do not apply', () => {
  checkRule(RULE, yaml`
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    metadata: { name: a }
    spec:
      emrReleaseLabel: emr-6.15.0-flink-latest
      flinkVersion: v1_17
  `);
});

test('§0.1: operator 1.15 rejects v2_3 and v2_4 at the API server; 1.16 accepts them', () => {
  for (const version of ['v2_3', 'v2_4']) {
    const text = yaml`
      apiVersion: flink.apache.org/v1beta1
      kind: FlinkDeployment
      metadata: { name: a }
      spec:
        flinkVersion: ${version}
      #               ^^^^ error flink-version: flinkVersion ${version} needs operator 1.16 or newer: the CRD of operator 1.15 stops at v2_2, so the API server rejects the value before the operator sees it.
    `;
    checkRule(RULE, text, { operatorVersion: '1.15' });
    checkRule(RULE, text.split('\n').filter((l) => !l.includes('^^^^')).join('\n'), { operatorVersion: '1.16' });
  }
});
