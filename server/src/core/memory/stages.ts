/**
 * The memory model along the stages a deployment goes through, each with the Flink code that
 * runs there (§4.0, §12): the operator's validator (only for a role without spec memory), the
 * operator's client sizing the JobManager pod and standalone TaskManagers (Flink 1.20), then the
 * JobManager in the image (its own Flink version): its JVM, and in native mode the TaskManager
 * spec its resource manager re-derives to size TaskManager pods. The first stage that fails is
 * the failure a user sees.
 */

import { EffectiveConfig } from '../projection/effective-config';
import { operatorAtLeast } from '../versions/names';
import { MemoryConf } from './conf';
import { FlinkFault, Unresolvable } from './faults';
import { exactSize } from '../format/numbers';
import { FlinkLine, lineName, OPERATOR_LINE, readsLegacyKeys } from './flink-line';
import { legacyHeapKey } from './legacy';
import { jobManagerSpec, JobManagerSpec } from './jm';
import { JM, TM } from './options';
import { cpuCores, podProcessFromWorkerSpec, taskManagerSpec, TaskManagerSpec, withLegacyHeapAsFlinkMemory, withLegacyHeapAsProcess } from './tm-process';

export type Stage = 'validator' | 'operator' | 'jobmanager' | 'taskmanager';

export interface StageFailure {
  readonly stage: Stage;
  readonly flinkMessage: string;
  readonly explanation: string;
}

export type StageResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: StageFailure };

export interface MemoryInputs {
  /** Operator defaults + flinkConfiguration + the keys the operator writes from the spec. */
  readonly full: EffectiveConfig;
  /** What the validator sees: operator defaults + flinkConfiguration only. */
  readonly validator: EffectiveConfig;
  readonly specMemory: { readonly jobManager: boolean; readonly taskManager: boolean };
  /** The image's Flink line. */
  readonly line: FlinkLine;
  readonly native: boolean;
  /** The operator release: its validator's words changed in 1.16. */
  readonly operatorVersion: string;
}

export interface JobManagerResult {
  /** The JVM the JobManager container starts. */
  readonly layout: JobManagerSpec;
  /** The process size the operator sizes the pod from. */
  readonly podProcess: bigint;
}

export interface TaskManagerResult {
  readonly layout: TaskManagerSpec;
  readonly podProcess: bigint;
}

/** V-16 / V-21; before 1.16 (no `resources` field) the message names only `resource.memory`. */
export function memoryNotDefined(role: 'jobManager' | 'taskManager', operatorVersion: string): string {
  const who = role === 'jobManager' ? 'JobManager' : 'TaskManager';
  const tail = operatorAtLeast(operatorVersion, '1.16') ? ` or \`spec.${role}.resources.requests.memory\`` : '';
  return `${who} resource memory must be defined using \`spec.${role}.resource.memory\`${tail}`;
}

/** Throws Unresolvable when a template decides a value the model needs. */
export function jobManagerStages(inputs: MemoryInputs): StageResult<JobManagerResult> {
  return run(() => {
    if (!inputs.specMemory.jobManager) at('validator', () => jobManagerSpec(new MemoryConf(inputs.validator, OPERATOR_LINE), 'heap'), memoryNotDefined('jobManager', inputs.operatorVersion));
    const operatorConf = new MemoryConf(inputs.full, OPERATOR_LINE);
    const pod = at('operator', () => jobManagerSpec(operatorConf, 'process'));
    const legacy = readsLegacyKeys(inputs.line) ? undefined : legacyHeapKey(operatorConf, { heap: JM.legacyHeap, heapMb: JM.legacyHeapMb });
    const note = legacy && `${lineName(inputs.line)} no longer reads ${legacy}: the operator (built on Flink 1.20) sized the ${exactSize(pod.process)} pod from it, but the JobManager inside finds no memory size. `;
    const layout = at('jobmanager', () => jobManagerSpec(new MemoryConf(inputs.full, inputs.line), 'heap'), undefined, note);
    return { layout, podProcess: pod.process };
  });
}

export function taskManagerStages(inputs: MemoryInputs): StageResult<TaskManagerResult> {
  return run(() => {
    if (!inputs.specMemory.taskManager) at('validator', () => taskManagerSpec(new MemoryConf(inputs.validator, OPERATOR_LINE)), memoryNotDefined('taskManager', inputs.operatorVersion));
    const operator = at('operator', () => taskManagerSpec(withLegacyHeapAsProcess(new MemoryConf(inputs.full, OPERATOR_LINE))));
    const image = withLegacyHeapAsProcess(new MemoryConf(inputs.full, inputs.line));
    // The same Flink line on the same configuration derives the same spec: reuse the operator's.
    const sameLine = inputs.line.version === OPERATOR_LINE.version;
    if (!inputs.native) {
      // The container's start script reads a legacy heap as total Flink memory (when that is not
      // set), beside the process size the operator wrote: then its derivation differs from the operator's.
      const plain = new MemoryConf(inputs.full, inputs.line);
      const legacy = readsLegacyKeys(inputs.line) && !plain.contains(TM.flink) ? legacyHeapKey(plain, { heap: TM.legacyHeap, heapMb: TM.legacyHeapMb }) : undefined;
      const note = legacy ? `The TaskManager's start script reads ${legacy} as total Flink memory (taskmanager.memory.flink.size), beside the ${exactSize(operator.process)} process size the operator wrote from the spec. ` : '';
      return { layout: sameLine && !legacy ? operator : at('taskmanager', () => taskManagerSpec(withLegacyHeapAsFlinkMemory(plain)), undefined, note), podProcess: operator.process };
    }
    // The native resource manager builds its default TaskManager with the Kubernetes cpu as fallback.
    const layout = at('jobmanager', () => {
      const fallback = image.double({ key: 'kubernetes.taskmanager.cpu.amount', type: 'double', default: -1, deprecatedKeys: ['kubernetes.taskmanager.cpu'] });
      const cpu = cpuCores(image, fallback);
      return sameLine ? operator : taskManagerSpec(image.with(TM.cpuCores.key, String(cpu)));
    });
    return { layout, podProcess: at('jobmanager', () => podProcessFromWorkerSpec(image, layout)) };
  });
}

class StageError extends Error {
  constructor(readonly failure: StageFailure) {
    super(failure.flinkMessage);
  }
}

function at<T>(stage: Stage, derive: () => T, validatorMessage?: string, note = ''): T {
  try {
    return derive();
  } catch (error) {
    if (!(error instanceof FlinkFault)) throw error;
    const flinkMessage = validatorMessage ?? error.flinkMessage;
    throw new StageError({ stage, flinkMessage, explanation: note + error.explanation });
  }
}

function run<T>(body: () => T): StageResult<T> {
  try {
    return { ok: true, value: body() };
  } catch (error) {
    if (error instanceof StageError) return { ok: false, failure: error.failure };
    throw error;
  }
}

export { Unresolvable };
