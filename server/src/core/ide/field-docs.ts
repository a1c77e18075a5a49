/**
 * Our own short explanations of the custom resource fields the operator acts on (facts from the
 * team reference, flink-semantics.md §1). Keys are dotted paths below the resource root; `*`
 * matches jobManager or taskManager.
 */

export const FIELD_DOCS: Readonly<Record<string, string>> = {
  apiVersion: 'Always `flink.apache.org/v1beta1` for the Flink Kubernetes Operator.',
  kind: 'FlinkDeployment (a Flink cluster, with or without a job), FlinkSessionJob (a job for a session cluster), FlinkStateSnapshot or FlinkBlueGreenDeployment.',
  'metadata.name': 'Becomes the Flink cluster id. 1-45 characters: lower-case letters, digits and "-", starting with a letter.',
  'spec.image': 'Container image of JobManager and TaskManagers. Without it Flink\'s built-in default applies, which is the operator\'s Flink version, not `flinkVersion`.',
  'spec.imagePullPolicy': 'Always, IfNotPresent or Never, spelled exactly so; anything else fails when the operator builds the configuration.',
  'spec.flinkVersion': 'The Flink version inside the image (`v1_20`, `v2_0`, ...). Required. It picks version-specific configuration keys and defaults.',
  'spec.serviceAccount': 'Kubernetes service account of the JobManager, which creates TaskManager pods. Required; the Helm chart creates one called `flink`.',
  'spec.mode': '`native` (default): Flink starts TaskManager pods itself, as many as the job\'s slots need. `standalone`: the operator runs a fixed TaskManager Deployment.',
  'spec.flinkConfiguration': 'Flink and operator options. Flat `a.b.c: value` keys or, from operator 1.13, nested YAML. Some keys are overwritten from the spec (memory, cpu, parallelism.default).',
  'spec.logConfiguration': 'Replaces Flink\'s console logging configuration. Only `log4j-console.properties` and `logback-console.xml` are allowed.',
  'spec.podTemplate': 'Pod template for both JobManager and TaskManagers. The main container must be called `flink-main-container`; its cpu and memory are always set by Flink.',
  'spec.ingress': 'Makes the operator create an Ingress for the Flink UI from `template` (`{{name}}` and `{{namespace}}` are filled in).',
  'spec.restartNonce': 'Change it to restart the cluster with the normal upgrade semantics.',
  'spec.*': 'JobManager or TaskManager settings: replicas, resources and a pod template.',
  'spec.*.replicas': 'JobManager: number of JobManagers (more than one needs high availability). TaskManager: in native mode this only sets the parallelism (replicas × slots); Flink still starts as many pods as the job needs. In standalone mode it is the fixed pod count.',
  'spec.*.resource': 'Deprecated form of the pod size: `cpu` (a number) and `memory` (total process memory, read with Flink units: 2048m = 2g = 2 GiB).',
  'spec.*.resource.memory': 'Total process memory of the pod (the container size). Flink splits it into heap, managed, network, metaspace and overhead. `2048m` and `2g` mean 2 GiB.',
  'spec.*.resource.cpu': 'CPUs per pod (fractions allowed). Without it a TaskManager gets one CPU per slot, a JobManager one CPU.',
  'spec.*.resources': 'Kubernetes-style requests and limits (operators newer than 1.15). Memory comes from the request (or the limit), cpu likewise; a limit above the request becomes a limit factor.',
  'spec.*.podTemplate': 'Pod template for this role, merged over spec.podTemplate (lists merge by position unless merge-arrays-by-name is on).',
  'spec.job': 'The job to run. With a job this is an application cluster; without, a session cluster.',
  'spec.job.jarURI': 'Jar with the job. Application mode: usually `local:///opt/flink/usrlib/app.jar` inside the image. Session jobs: the operator downloads it (https only by default).',
  'spec.job.parallelism': 'Default parallelism of the job. Ignored when taskManager.replicas is set (then replicas × slots applies). Must be at least 1 otherwise.',
  'spec.job.entryClass': 'Main class of the job, if the jar\'s manifest does not name one.',
  'spec.job.args': 'Program arguments passed to the main method.',
  'spec.job.state': '`running` or `suspended`. Suspending stops the job (taking a savepoint or keeping the last checkpoint, by upgradeMode) and removes the pods.',
  'spec.job.upgradeMode': '`stateless` (start empty), `last-state` (resume from the latest checkpoint; needs a checkpoint directory) or `savepoint` (take a savepoint first; needs both directories).',
  'spec.job.initialSavepointPath': 'Savepoint to start from on the first deployment (and on savepoint redeploys).',
  'spec.job.allowNonRestoredState': 'Allow starting from a savepoint that has state for operators the job no longer has.',
  'spec.job.savepointTriggerNonce': 'Deprecated: change it to trigger a savepoint. Use a FlinkStateSnapshot instead.',
  'spec.job.savepointRedeployNonce': 'Change it to redeploy from initialSavepointPath (which must be set).',
  'spec.deploymentName': 'Name of the session FlinkDeployment (same namespace, without a job) this session job runs in.',
  'spec.jobReference': 'The FlinkDeployment or FlinkSessionJob whose state this snapshot takes.',
  'spec.savepoint': 'Take (or, with alreadyExists, record) a savepoint.',
  'spec.checkpoint': 'Trigger a checkpoint.',
};

export function fieldDoc(path: ReadonlyArray<string | number>): string | undefined {
  const keys = path.filter((p): p is string => typeof p === 'string');
  const dotted = keys.join('.');
  const generic = keys.map((k, i) => (i === 1 && (k === 'jobManager' || k === 'taskManager') ? '*' : k)).join('.');
  const tail = generic.replace(/^spec\.template\.spec\./, 'spec.');
  return FIELD_DOCS[dotted] ?? FIELD_DOCS[generic] ?? FIELD_DOCS[tail];
}
