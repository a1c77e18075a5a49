/** Snippets for whole blocks and whole resources (VS Code snippet syntax). */

export const BLOCK_SNIPPETS: Readonly<Record<string, string>> = {
  taskManager: 'taskManager:\n  resource:\n    memory: ${1:4096m}\n    cpu: ${2:2}',
  jobManager: 'jobManager:\n  resource:\n    memory: ${1:2048m}\n    cpu: ${2:1}',
  job: 'job:\n  jarURI: ${1:local:///opt/flink/usrlib/app.jar}\n  parallelism: ${2:2}\n  upgradeMode: ${3|stateless,last-state,savepoint|}',
  resources: 'resources:\n  requests:\n    memory: ${1:4Gi}\n    cpu: ${2:"2"}\n  limits:\n    memory: ${3:4Gi}',
  resource: 'resource:\n  memory: ${1:2048m}\n  cpu: ${2:1}',
  flinkConfiguration: 'flinkConfiguration:\n  taskmanager.numberOfTaskSlots: "${1:2}"',
};

export const RESOURCE_SNIPPETS = [
  {
    label: 'FlinkDeployment',
    kind: 'snippet' as const,
    detail: 'Flink application on Kubernetes',
    insertText: [
      'apiVersion: flink.apache.org/v1beta1',
      'kind: FlinkDeployment',
      'metadata:',
      '  name: ${1:my-job}',
      'spec:',
      '  image: flink:${2:1.20}',
      '  flinkVersion: v${3:1_20}',
      '  serviceAccount: flink',
      '  flinkConfiguration:',
      '    taskmanager.numberOfTaskSlots: "${4:2}"',
      '  jobManager:',
      '    resource: { memory: 2048m, cpu: 1 }',
      '  taskManager:',
      '    resource: { memory: 4096m, cpu: 2 }',
      '  job:',
      '    jarURI: ${5:local:///opt/flink/usrlib/app.jar}',
      '    parallelism: ${6:2}',
      '    upgradeMode: stateless',
    ].join('\n'),
    snippet: true,
  },
  {
    label: 'FlinkSessionJob',
    kind: 'snippet' as const,
    detail: 'A job for a session FlinkDeployment',
    insertText: ['apiVersion: flink.apache.org/v1beta1', 'kind: FlinkSessionJob', 'metadata:', '  name: ${1:my-session-job}', 'spec:', '  deploymentName: ${2:my-session}', '  job:', '    jarURI: ${3:https://repo.example.com/app.jar}', '    parallelism: ${4:2}'].join('\n'),
    snippet: true,
  },
];
