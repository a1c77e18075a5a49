/**
 * Hostile values for escaping tests: markup, script, URL and template injections and bidi
 * overrides, placed in every field of a FlinkDeployment, a session job and an application that
 * a user controls. Each sets window.pwned or opens a dialog if it ever runs.
 */

import { stringify } from 'yaml';

export const HOSTILE = {
  img: '<img src=x onerror="window.pwned=1;alert(1)">',
  script: '"><script>window.pwned=2;alert(2)</script>',
  style: '</style><script>window.pwned=3</script><style>',
  template: "{{constructor.constructor('window.pwned=4;alert(4)')()}}",
  js: 'javascript:window.pwned=5;alert(5)',
  bidi: 'job\u202Egnp.exe\u202C-\u2066rtl\u2069',
  svg: '<svg/onload=alert(6)>',
  iframe: '<iframe srcdoc="<script>parent.pwned=7</script>">',
  entity: '&lt;img src=x onerror=alert(8)&gt;',
} as const;

const h = HOSTILE;
const resources = (cpu: number, memory: string) => ({ resource: { cpu, memory } });

/** Three documents: a session cluster, a session job in it, and a broken application. */
export function hostileYaml(): string {
  const cluster = {
    apiVersion: 'flink.apache.org/v1beta1', kind: 'FlinkDeployment',
    metadata: { name: h.img, namespace: h.script, labels: { app: h.style }, annotations: { note: h.template, link: h.js } },
    spec: {
      image: `flink:1.20${h.svg}`, flinkVersion: 'v1_20', serviceAccount: h.bidi,
      flinkConfiguration: { 'taskmanager.numberOfTaskSlots': '4', 'custom.note': h.iframe, 'state.checkpoints.dir': h.js },
      jobManager: resources(1, '2048m'), taskManager: resources(2, '4096m'),
    },
  };
  const job = {
    apiVersion: 'flink.apache.org/v1beta1', kind: 'FlinkSessionJob',
    metadata: { name: h.bidi, namespace: h.script },
    spec: { deploymentName: h.img, job: { jarURI: `${h.js}//${h.iframe}.jar`, parallelism: 2, upgradeMode: 'stateless' } },
  };
  const app = {
    apiVersion: 'flink.apache.org/v1beta1', kind: 'FlinkDeployment',
    metadata: { name: h.template, namespace: h.entity },
    spec: {
      image: h.img, flinkVersion: 'v1_20',
      flinkConfiguration: { 'taskmanager.numberOfTaskSlots': '2', 'taskmanager.memory.managed.fraction': h.style, 'taskmanager.memory.network.max': h.svg },
      jobManager: resources(1, h.entity), taskManager: resources(1, '2048m'),
      job: { jarURI: h.js, parallelism: 2, upgradeMode: 'stateless', args: [h.script] },
    },
  };
  return [cluster, job, app].map((d) => stringify(d)).join('---\n');
}
