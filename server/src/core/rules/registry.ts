/** Every rule, in one explicit list sorted by id. Adding a rule: its file, this list, its test. */

import { autoscalerConfig } from './autoscaler-config';
import { checkpointTiming } from './checkpoint-timing';
import { configKeyOverwritten } from './config-key-overwritten';
import { configValueType } from './config-value-type';
import { deprecatedConfigKey } from './deprecated-config-key';
import { duplicateConfigKey } from './duplicate-config-key';
import { externalScaler } from './external-scaler';
import { flinkConfigFormat } from './flink-config-format';
import { flinkVersion } from './flink-version';
import { forbiddenConfigKey } from './forbidden-config-key';
import { haConfig } from './ha-config';
import { haRequired } from './ha-required';
import { healthCheckRecovery } from './health-check-recovery';
import { helmTemplate } from './helm-template';
import { imagePullPolicy } from './image-pull-policy';
import { ingressTemplate } from './ingress-template';
import { jarUri } from './jar-uri';
import { jobGraphHint } from './job-graph-hint';
import { jobParallelismIgnored } from './job-parallelism-ignored';
import { jobmanagerHa } from './jobmanager-ha';
import { jobmanagerResources } from './jobmanager-resources';
import { kustomizeBuild } from './kustomize-build';
import { logConfigurationKey } from './log-configuration-key';
import { manySmallTaskManagers } from './many-small-taskmanagers';
import { memoryConfigInvalid } from './memory-config-invalid';
import { memoryRequired } from './memory-required';
import { memoryUnit } from './memory-unit';
import { notAnOperatorResource } from './not-an-operator-resource';
import { fileTooLarge } from './file-too-large';
import { overlappingConfigKeys } from './overlapping-config-keys';
import { parallelismRequired } from './parallelism-required';
import { podMemory } from './pod-memory';
import { podTemplate } from './pod-template';
import { resourceName } from './resource-name';
import { resourceRequirements } from './resource-requirements';
import { resourcesOperatorVersion } from './resources-operator-version';
import { scalerTarget } from './scaler-target';
import { schema } from './schema';
import { serviceAccount } from './service-account';
import { sessionJob } from './session-job';
import { sessionReplicas } from './session-replicas';
import { slotCpuRatio } from './slot-cpu-ratio';
import { slotMemoryRatio } from './slot-memory-ratio';
import { standaloneCapacity } from './standalone-capacity';
import { stateDirectories } from './state-directories';
import { stateSnapshot } from './state-snapshot';
import { taskSlots } from './task-slots';
import { unknownConfigKey } from './unknown-config-key';
import { yamlSyntax } from './yaml-syntax';
import { Rule } from './types';

export const RULES: readonly Rule[] = [
  autoscalerConfig,
  checkpointTiming,
  configKeyOverwritten,
  configValueType,
  deprecatedConfigKey,
  duplicateConfigKey,
  externalScaler,
  fileTooLarge,
  flinkConfigFormat,
  flinkVersion,
  forbiddenConfigKey,
  haConfig,
  haRequired,
  healthCheckRecovery,
  helmTemplate,
  imagePullPolicy,
  ingressTemplate,
  jarUri,
  jobGraphHint,
  jobParallelismIgnored,
  jobmanagerHa,
  jobmanagerResources,
  kustomizeBuild,
  logConfigurationKey,
  manySmallTaskManagers,
  memoryConfigInvalid,
  memoryRequired,
  memoryUnit,
  notAnOperatorResource,
  overlappingConfigKeys,
  parallelismRequired,
  podMemory,
  podTemplate,
  resourceName,
  resourceRequirements,
  resourcesOperatorVersion,
  scalerTarget,
  schema,
  serviceAccount,
  sessionJob,
  sessionReplicas,
  slotCpuRatio,
  slotMemoryRatio,
  standaloneCapacity,
  stateDirectories,
  stateSnapshot,
  taskSlots,
  unknownConfigKey,
  yamlSyntax,
];
