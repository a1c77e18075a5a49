/**
 * What the operator or the projection does with notable flinkConfiguration keys, in our words
 * (facts from flink-semantics.md §2, §5-§8). Other keys get the catalog facts only.
 */

export const OPTION_NOTES: Readonly<Record<string, string>> = {
  'taskmanager.numberOfTaskSlots': 'Slots per TaskManager. The operator\'s Helm chart default is 1, so without it every slot is a pod. With taskManager.replicas set, parallelism = replicas × slots.',
  'parallelism.default': 'Overwritten by the operator for application clusters (job.parallelism or replicas × slots).',
  'taskmanager.memory.process.size': 'Overwritten when the spec gives TaskManager memory.',
  'jobmanager.memory.process.size': 'Overwritten when the spec gives JobManager memory.',
  'taskmanager.memory.flink.size': 'With spec memory also set, the JVM overhead becomes the remainder and must stay within its min/max, or Flink does not start.',
  'taskmanager.memory.managed.fraction': 'Share of total Flink memory given to managed memory (RocksDB, batch operators). Read as a Java float.',
  'taskmanager.memory.network.max': 'Unlimited since Flink 1.17 (1 GiB before).',
  'taskmanager.cpu.cores': 'Beats the spec cpu for the TaskManager\'s CPU count.',
  'kubernetes.taskmanager.cpu.limit-factor': 'CPU limit = request × factor.',
  'kubernetes.jobmanager.cpu.limit-factor': 'CPU limit = request × factor.',
  'high-availability.type': 'Anything but NONE or standalone (in any case) turns HA on for the operator\'s checks; unknown strings are loaded as class names and fail at start-up.',
  'execution.checkpointing.interval': 'No default: checkpointing is off unless set. The operator sets 5 min for upgradeMode last-state only.',
  'execution.checkpointing.dir': 'Required for upgradeMode last-state and savepoint (Flink 1.19 and older call it state.checkpoints.dir).',
  'execution.checkpointing.savepoint-dir': 'Required for upgradeMode savepoint, manual and periodic savepoints (older name state.savepoints.dir).',
  'job.autoscaler.enabled': 'Turns on the operator\'s autoscaler: it rescales each vertex between vertex.min-parallelism and vertex.max-parallelism.',
  'kubernetes.namespace': 'Set by the operator from metadata.namespace; setting it here is rejected.',
  'kubernetes.cluster-id': 'Set by the operator from metadata.name; setting it here is rejected.',
  'kubernetes.operator.deployment.rollback.enabled': 'Needs high availability.',
  'kubernetes.operator.periodic.savepoint.interval': 'Needs a savepoint directory.',
  'pipeline.jobvertex-parallelism-overrides': 'Per-vertex parallelism. In standalone mode the largest value becomes the job parallelism.',
};
