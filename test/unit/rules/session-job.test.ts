import { test } from 'node:test';
import { checkRule, yaml } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'session-job';

test('a session job needs a job and a session (not application) target (TV-57)', () => {
  const app = valid();
  checkRule(RULE, `${app}---\n${yaml`
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkSessionJob
    metadata: { name: j }
    spec:
      deploymentName: demo
    #                 ^^^^ error session-job: "demo" is an application deployment
      job: { jarURI: "https://example.com/a.jar", parallelism: 1 }
    ---
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkSessionJob
    metadata: { name: k }
    spec:
      deploymentName: somewhere-else
    # ^^^^^^^^^^^^^^ error session-job: A session job needs spec.job
    #                 ^^^^^^^^^^^^^^ info session-job: Session cluster "somewhere-else" (namespace "(default)") is not among the analysed files
  `}`);
  checkRule(RULE, `${valid('', '')}---\napiVersion: flink.apache.org/v1beta1\nkind: FlinkSessionJob\nmetadata: { name: j }\nspec:\n  deploymentName: demo\n  job: { parallelism: 1 }\n`);
});

test('a session job whose cluster is not among the analysed resources', () => {
  checkRule(RULE, `${valid('', '')}---\n${yaml`
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkSessionJob
    metadata: { name: j }
    spec:
      deploymentName: dmeo
    #                 ^^^^ warning session-job: No FlinkDeployment "dmeo" in namespace "(default)" among the analysed files; did you mean "demo"?
      job: { parallelism: 1 }
  `}`);
});

test('the target is looked up by namespace and name, the first deployment of that name winning', () => {
  const inNamespace = (ns: string, text: string) => text.replace('  name: demo\n', `  name: demo\n  namespace: ${ns}\n`);
  const session = inNamespace('b', valid('', ''));
  const application = inNamespace('a', valid());
  checkRule(RULE, `${application}---\n${session}---\n${inNamespace('b', valid())}---\n${yaml`
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkSessionJob
    metadata: { name: j, namespace: b }
    spec:
      deploymentName: demo
      job: { parallelism: 1 }
    ---
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkSessionJob
    metadata: { name: k, namespace: a }
    spec:
      deploymentName: demo
    #                 ^^^^ error session-job: "demo" is an application deployment
      job: { parallelism: 1 }
    ---
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkSessionJob
    metadata: { name: l, namespace: b }
    spec:
      deploymentName: dmeo
    #                 ^^^^ warning session-job: No FlinkDeployment "dmeo" in namespace "b" among the analysed files; did you mean "demo"?
      job: { parallelism: 1 }
    ---
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkSessionJob
    metadata: { name: m, namespace: c }
    spec:
      deploymentName: dmeo
    #                 ^^^^ info session-job: Session cluster "dmeo" (namespace "c") is not among the analysed files
      job: { parallelism: 1 }
  `}`);
});
