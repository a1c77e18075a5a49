/** Resource heads for rule fixtures, so each fixture shows only what its rule is about. */

export const DEPLOYMENT = `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: demo
`;

/** A valid deployment spec (1.20, 2 slots, JM 1 CPU 2 GiB, TM 2 CPU 4 GiB) to add one thing to. */
export function valid(extra = '', job = '  job:\n    jarURI: local:///opt/app.jar\n    parallelism: 4\n'): string {
  return `${DEPLOYMENT}spec:
  image: flink:1.20
  flinkVersion: v1_20
  serviceAccount: flink
  flinkConfiguration:
    taskmanager.numberOfTaskSlots: "2"
  jobManager:
    resource: { memory: 2048m, cpu: 1 }
  taskManager:
    resource: { memory: 4096m, cpu: 2 }
${job}${extra}`;
}
