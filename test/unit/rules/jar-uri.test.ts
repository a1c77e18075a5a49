import { test } from 'node:test';
import { checkRule, yaml } from '../../support/rules';

const RULE = 'jar-uri';
const job = (uri: string, note = '') => yaml`
  apiVersion: flink.apache.org/v1beta1
  kind: FlinkSessionJob
  metadata: { name: j }
  spec:
    deploymentName: s
    job:
      jarURI: ${uri}
${note}      parallelism: 1
`;

test('session job jars: scheme, allow-list and restricted hosts (TV-60..TV-62)', () => {
  checkRule(RULE, job('http://10.0.0.5/app.jar', '#             ^^^^^^^^^^^^^^^^^^^^^^^ error jar-uri: jarURI scheme "http" is not allowed by the operator\n'));
  checkRule(RULE, job('/no/scheme/job.jar', '#             ^^^^^^^^^^^^^^^^^^ error jar-uri: jarURI "/no/scheme/job.jar" needs a scheme\n'));
  checkRule(RULE, job('https://169.254.169.254/app.jar', '#             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error jar-uri: jarURI host "169.254.169.254" is a loopback, private, link-local or multicast address\n'));
  checkRule(RULE, job('https://localhost/app.jar', '#             ^^^^^^^^^^^^^^^^^^^^^^^^^ error jar-uri: jarURI host "localhost"\n'));
  checkRule(RULE, job('https://repo.example.com/app.jar'));
});

test('the operator\'s allow-list decides, not the resource (TV-63); older operators do not check', () => {
  checkRule(RULE, job('s3://bucket/app.jar'), { operatorDefaults: { 'kubernetes.operator.user.artifacts.allowed-schemes': 'https;s3' } });
  checkRule(RULE, job('file:///etc/passwd', '#             ^^^^^^^^^^^^^^^^^^ error jar-uri: jarURI scheme "file" is not allowed by the operator (allowed: https, s3)\n'), { operatorDefaults: { 'kubernetes.operator.user.artifacts.allowed-schemes': 'https;s3' } });
  checkRule(RULE, job('http://10.0.0.5/app.jar'), { operatorVersion: '1.14' });
});

test('a session job in an EMR on EKS session cluster: EMR\'s own operator build has no allow-list and fetches s3 jars', () => {
  const cluster = (emr: string) => yaml`
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    metadata: { name: s }
    spec:
      ${emr}
      flinkVersion: v1_17
  `;
  checkRule(RULE, `${cluster('emrReleaseLabel: emr-6.15.0-flink-latest')}\n---\n${job('s3://bucket/app.jar')}`);
  checkRule(RULE, `${cluster('image: flink:1.17')}\n---\n${job('s3://bucket/app.jar', '#             ^^^^^^^^^^^^^^^^^^^ error jar-uri: jarURI scheme "s3" is not allowed by the operator\n')}`);
});
