/**
 * Findings that matter only because the text changes (spec-changes.md §7): a switch from
 * `resource` to `resources` that restarts the job for nothing, an edit of an ignored
 * job.parallelism that restarts it all the same, a last-state upgrade that waits
 * for a checkpoint the running job never takes (FLINK-41283), allowNonRestoredState that a
 * restore through HA ignores (FLINK-30638), parallelism overrides the autoscaler replaces, and
 * renames, which Kubernetes sees as a delete and a create.
 */

import { Span } from '../text/span';
import { Projection } from '../projection/types';
import { Tristate } from '../rules/flink-keys';
import { checkpointIntervalOn } from '../rules/checkpoint-timing';
import { Action } from './action-types';
import { OperatorDiff } from './classify';
import { Facts } from './facts';
import { restoresThroughHa } from './last-state';
import { isObject, SpecJson } from './spec-json';
import { pathKey, Path } from './tree';
import { ChangeFinding } from './types';

export interface FindingInput {
  readonly diffs: readonly OperatorDiff[];
  readonly base: Facts;
  readonly current: Facts;
  readonly action: Action;
  readonly after: SpecJson;
  /** Whether the operator's autoscaler is on for this reconcile (autoscalerOn: both keys, the observe config). */
  readonly autoscaler: Tristate;
  readonly beforeProjection?: Projection;
  readonly afterProjection?: Projection;
  readonly offset: number;
}

const MAX_AGE = 'kubernetes.operator.job.upgrade.last-state.max.allowed.checkpoint.age';
const INTERVAL = 'execution.checkpointing.interval';
const OVERRIDES = 'pipeline.jobvertex-parallelism-overrides';

export function changeFindings(input: FindingInput): ChangeFinding[] {
  return [...resourceSwitch(input), ...ignoredParallelism(input), ...stuckUpgrade(input), ...nonRestoredState(input), ...autoscalerOverrides(input)];
}

/** replicas decide the parallelism, so a job.parallelism edit changes nothing but still counts as a change. */
function ignoredParallelism(input: FindingInput): ChangeFinding[] {
  const [a, b] = [input.beforeProjection, input.afterProjection];
  if (!restarts(input.action) || !b?.ignoredJobParallelism || !input.diffs.some((d) => d.field === 'job.parallelism')) return [];
  if (a?.parallelism.value === null || a?.parallelism.value !== b.parallelism.value) return [];
  return [{ severity: 'warning', message: `job.parallelism is ignored because taskManager.replicas is set (the job keeps parallelism ${b.parallelism.value}), yet the operator counts the edit as a change and restarts the job.`, span: at(input, [...input.after.specPath, 'job', 'parallelism']) }];
}

function at(input: FindingInput, path: Path): Span | undefined {
  const located = input.after.spans.get(pathKey(path));
  const span = located?.key ?? located?.value;
  return span && { start: span.start + input.offset, end: span.end + input.offset };
}

const restarts = (a: Action) => a.state !== 'kept' && a.state !== 'none';

function resourceSwitch(input: FindingInput): ChangeFinding[] {
  if (!restarts(input.action)) return [];
  return (['jobManager', 'taskManager'] as const).flatMap((role) => {
    const base = [...input.after.specPath, role];
    const leaves = input.diffs.flatMap((d) => d.leaves);
    const removed = leaves.some((l) => pathKey(l.path) === pathKey([...base, 'resource']) && l.after === undefined);
    const added = leaves.some((l) => pathKey(l.path) === pathKey([...base, 'resources']) && l.before === undefined);
    if (!removed || !added) return [];
    const pod = (p?: Projection) => p && (role === 'taskManager' ? p.taskManager : p.jobManager);
    const [a, b] = [pod(input.beforeProjection), pod(input.afterProjection)];
    const equal = a && b && a.cpu.value !== null && a.cpu.value === b.cpu.value && a.memoryRequestBytes.value !== null && a.memoryRequestBytes.value === b.memoryRequestBytes.value;
    const why = equal ? ' although the pods keep the same CPU and memory' : '';
    return [{ severity: 'warning' as const, message: `Moving ${role} from resource to resources restarts the job${why}: the operator compares the two fields one by one, not what they mean.`, span: at(input, [...base, 'resources']) }];
  });
}

/** FLINK-41283: the operator waits for a recent checkpoint from a job that does not checkpoint. */
function stuckUpgrade(input: FindingInput): ChangeFinding[] {
  const { base, current, action, after } = input;
  if (!restarts(action) || current.upgradeMode !== 'last-state' || base.jobState !== 'running' || current.jobState !== 'running') return [];
  if (current.config.get(MAX_AGE).kind !== 'set') return [];
  const interval = base.config.get(INTERVAL);
  const defaulted = base.upgradeMode === 'last-state' && interval.kind === 'unset';
  if (defaulted || checkpointIntervalOn(base.config) !== false) return [];
  const why = interval.kind === 'set' && interval.value.trim() !== '' ? `${INTERVAL} is ${interval.value.trim()}` : `${INTERVAL} is not set for it`;
  const span = at(input, [...after.specPath, 'job', 'upgradeMode']);
  return [{ severity: 'warning', message: `This upgrade may never finish: with upgradeMode last-state and ${MAX_AGE} set, the operator waits for a recent checkpoint, but the running job does not checkpoint (${why}; FLINK-41283).`, span }];
}

/** FLINK-30638: a restore through HA metadata ignores allowNonRestoredState. */
function nonRestoredState(input: FindingInput): ChangeFinding[] {
  const job = input.after.fields.job;
  if (!restarts(input.action) || !isObject(job) || job.allowNonRestoredState !== true || !restoresThroughHa(input.base, input.current)) return [];
  return [{ severity: 'info', message: 'allowNonRestoredState has no effect on this restore: the job comes back through its HA metadata, which ignores it (FLINK-30638); state that no longer maps to an operator still fails the restore.', span: at(input, [...input.after.specPath, 'job', 'allowNonRestoredState']) }];
}

function autoscalerOverrides(input: FindingInput): ChangeFinding[] {
  const changed = input.diffs.some((d) => d.field === `flinkConfiguration.${OVERRIDES}` || d.field.startsWith(`flinkConfiguration.${OVERRIDES}.`));
  if (!changed || input.autoscaler !== true) return [];
  return [{ severity: 'info', message: `The autoscaler is on: it writes its own ${OVERRIDES} before the operator compares specs, so this change may do nothing for the vertices it scales.`, span: at(input, [...input.after.specPath, 'flinkConfiguration', OVERRIDES]) }];
}
