/** The walkthrough's example: a small job with one mistake, opened as an untitled YAML file. */

import { window, workspace } from 'vscode';

export const EXAMPLE = `# Example: a mistake the operator would not tell you about up front (Ctrl+. on the warning fixes it).
apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: orders
spec:
  image: flink:1.20
  flinkVersion: v1_20
  serviceAccount: flink
  flinkConfiguration:
    taskmanager.numberOfTaskSlots: "2"
  jobManager:
    resource: { memory: 2048m, cpu: 1 }
  taskManager:
    replicas: 2
    resource: { memory: 4096m, cpu: 2 }
  job:
    jarURI: local:///opt/flink/usrlib/orders.jar
    parallelism: 10 # ignored: replicas are set
    upgradeMode: stateless
`;

export async function openExample(): Promise<void> {
  const doc = await workspace.openTextDocument({ language: 'yaml', content: EXAMPLE });
  await window.showTextDocument(doc);
}
