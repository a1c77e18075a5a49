/**
 * Snippets for whole blocks and whole resources (VS Code snippet syntax). The resources are
 * complete for the target operator: inserted unchanged they give no finding (a test checks it),
 * with `resources` requests from operator 1.16 on and the older `resource` form before.
 */

import { operatorAtLeast, releaseOfVersionName } from '../../versions/names';
import { proposedFlinkVersion } from '../../versions/operator-support';
import { Entry } from './types';

export const BLOCK_SNIPPETS: Readonly<Record<string, string>> = {
  taskManager: 'taskManager:\n  resource:\n    memory: ${1:4096m}\n    cpu: ${2:2}',
  jobManager: 'jobManager:\n  resource:\n    memory: ${1:2048m}\n    cpu: ${2:1}',
  job: 'job:\n  jarURI: ${1:local:///opt/flink/usrlib/app.jar}\n  parallelism: ${2:2}\n  upgradeMode: ${3|stateless,last-state,savepoint|}',
  resources: 'resources:\n  requests:\n    memory: ${1:4Gi}\n    cpu: ${2:"2"}\n  limits:\n    memory: ${3:4Gi}',
  resource: 'resource:\n  memory: ${1:2048m}\n  cpu: ${2:1}',
  flinkConfiguration: 'flinkConfiguration:\n  taskmanager.numberOfTaskSlots: "${1:2}"',
};

const HEAD = ['apiVersion: flink.apache.org/v1beta1'];

/** JobManager and TaskManager sizes in the form the target operator reads. */
function pods(operatorVersion: string): string[] {
  if (operatorAtLeast(operatorVersion, '1.16')) {
    return ['  jobManager:', '    resources:', '      requests: { cpu: "1", memory: 2Gi }', '  taskManager:', '    resources:', '      requests: { cpu: "2", memory: 4Gi }'];
  }
  return ['  jobManager:', '    resource: { cpu: 1, memory: 2048m }', '  taskManager:', '    resource: { cpu: 2, memory: 4096m }'];
}

function cluster(name: string, operatorVersion: string): string[] {
  const version = proposedFlinkVersion(operatorVersion);
  return [
    ...HEAD, 'kind: FlinkDeployment', 'metadata:', `  name: \${1:${name}}`, 'spec:',
    `  image: flink:\${2:${releaseOfVersionName(version)}}`, `  flinkVersion: \${3:${version}}`, '  serviceAccount: flink',
    '  flinkConfiguration:', '    taskmanager.numberOfTaskSlots: "${4:2}"',
    ...pods(operatorVersion),
  ];
}

export function resourceSnippets(operatorVersion: string): Entry[] {
  return [
    {
      label: 'FlinkDeployment (application)',
      kind: 'snippet',
      detail: 'A Flink cluster that runs one job',
      insertText: [...cluster('my-job', operatorVersion), '  job:', '    jarURI: ${5:local:///opt/flink/usrlib/app.jar}', '    parallelism: ${6:2}', '    upgradeMode: ${7|stateless,last-state,savepoint|}', ''].join('\n'),
      snippet: true,
    },
    {
      label: 'FlinkDeployment (session cluster)',
      kind: 'snippet',
      detail: 'A Flink cluster that runs FlinkSessionJobs',
      insertText: [...cluster('my-session', operatorVersion), ''].join('\n'),
      snippet: true,
    },
    {
      label: 'FlinkSessionJob',
      kind: 'snippet',
      detail: 'A job for a session FlinkDeployment',
      insertText: [...HEAD, 'kind: FlinkSessionJob', 'metadata:', '  name: ${1:my-session-job}', 'spec:', '  deploymentName: ${2:my-session}', '  job:', '    jarURI: ${3:https://repo.example.com/app.jar}', '    parallelism: ${4:2}', '    upgradeMode: ${5|stateless,last-state,savepoint|}', ''].join('\n'),
      snippet: true,
    },
  ];
}
