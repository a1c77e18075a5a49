/**
 * The default parallelism P the operator writes as `parallelism.default` (flink-semantics.md
 * §2.3): replicas × slots when `taskManager.replicas` is set (job.parallelism is then ignored),
 * the largest vertex override in standalone mode, otherwise `job.parallelism`.
 */

import { Field, isKnown, Scalar } from '../yaml/fields';
import { plural } from '../format/numbers';
import { FlinkResource, JobView, RoleView } from '../model/types';
import { Derived, derived, notKnown } from './derived';
import { EffectiveConfig } from './effective-config';
import { operatorAtLeast } from '../versions/names';
import { Projection } from './types';

export interface ParallelismInput {
  readonly resource: FlinkResource;
  readonly config: EffectiveConfig;
  readonly mode: Derived<'native' | 'standalone'>;
  /** undefined when a template decides the mode. */
  readonly explicitStandalone: boolean | undefined;
  readonly slots: Derived<number>;
  readonly operatorVersion: string;
}

type Result = Pick<Projection, 'parallelism' | 'ignoredJobParallelism' | 'overriddenJobParallelism'>;

export function effectiveParallelism(input: ParallelismInput): Result {
  const spec = input.resource.spec;
  const job = spec?.job;
  if (input.resource.kind === 'FlinkSessionJob') return { parallelism: jobParallelism(job, 'the session job') };
  if (!job) return { parallelism: notKnown('session cluster: every submitted job brings its own parallelism') };
  if (!isJobView(job)) return { parallelism: notKnown(`spec.job: ${job.kind === 'unknown' ? job.reason : 'not a mapping'}`, job.span) };
  const tm = spec?.taskManager;
  if (tm && !isRole(tm)) return { parallelism: notKnown(`spec.taskManager: ${tm.kind === 'unknown' ? tm.reason : 'not a mapping'}`, tm.span) };
  const replicas = tm?.replicas;
  if (replicas && !(isKnown(replicas) && replicas.value === null)) return fromReplicas(replicas, job, input.slots);
  const own = jobParallelism(job, 'the job');
  if (own.value === null) return { parallelism: own };
  const override = maxOverride(input);
  if (!override) return { parallelism: own };
  const field = job.parallelism;
  // The largest override replaces job.parallelism, which then does nothing.
  const overridden = override.value !== null && override.span && field ? { value: own.value, span: field.span, overridesSpan: override.span } : undefined;
  return { parallelism: override, ...(overridden ? { overriddenJobParallelism: overridden } : {}) };
}

function fromReplicas(replicas: Field<Scalar>, job: JobView, slots: Derived<number>): Result {
  if (!isKnown(replicas)) return { parallelism: notKnown(`spec.taskManager.replicas: ${replicas.reason}`, replicas.span) };
  if (!isWholeNumber(replicas.value)) return { parallelism: notKnown(`spec.taskManager.replicas "${replicas.text}" is not a whole number`, replicas.span) };
  const ignored = job.parallelism && isKnown(job.parallelism) && isWholeNumber(job.parallelism.value) && job.parallelism.value > 0
    ? { value: job.parallelism.value, span: job.parallelism.span, replicasSpan: replicas.span }
    : undefined;
  if (replicas.value < 1) return { parallelism: notKnown(`the operator rejects spec.taskManager.replicas ${replicas.value}: it must be at least 1`, replicas.span), ignoredJobParallelism: ignored };
  if (slots.value === null) return { parallelism: notKnown(`slots per TaskManager: ${slots.reason}`, slots.span), ignoredJobParallelism: ignored };
  const p = replicas.value * slots.value;
  return {
    parallelism: derived(p, `spec.taskManager.replicas ${replicas.value} × ${plural(slots.value, 'slot')} per TaskManager`, replicas.span),
    ignoredJobParallelism: ignored,
  };
}

/**
 * With vertex overrides the operator raises P to the largest override: since 1.8 in every mode,
 * since 1.14 only with an explicit `mode: standalone`.
 */
function maxOverride(input: ParallelismInput): Derived<number> | undefined {
  if (!operatorAtLeast(input.operatorVersion, '1.8')) return undefined;
  const allModes = !operatorAtLeast(input.operatorVersion, '1.14');
  const override = largestOverride(input.config);
  if (!override || override.value === 0) return undefined;
  if (override.value === null) return allModes || input.explicitStandalone !== false ? override : undefined;
  if (allModes || input.explicitStandalone === true) return override;
  if (input.explicitStandalone === undefined) return notKnown(`spec.mode decides whether the vertex overrides raise the parallelism: ${input.mode.reason}`);
  return undefined;
}

/** The largest value of `pipeline.jobvertex-parallelism-overrides` (0 when none is positive). */
export function largestOverride(config: EffectiveConfig): Derived<number> | undefined {
  const setting = config.get('pipeline.jobvertex-parallelism-overrides');
  if (setting.kind === 'unknown') return notKnown(`pipeline.jobvertex-parallelism-overrides: ${setting.reason}`, setting.span);
  if (setting.kind === 'unset') return undefined;
  const values = setting.value.split(',').map((pair) => Number(pair.split(':')[1]?.trim())).filter((n) => Number.isInteger(n));
  return derived(Math.max(0, ...values), `largest value in ${setting.source}`, setting.span);
}

function jobParallelism(job: JobView | Field<never> | undefined, who: string): Derived<number> {
  if (!job) return notKnown(`${who} has no spec.job; the operator rejects it`);
  if (!isJobView(job)) return notKnown(`spec.job: ${job.kind === 'unknown' ? job.reason : 'not a mapping'}`, job.span);
  const field = job.parallelism;
  if (!field || (isKnown(field) && field.value === null)) return notKnown('the operator rejects the job: job.parallelism is not set and taskManager.replicas is not set', job.keySpan);
  if (!isKnown(field)) return notKnown(`spec.job.parallelism: ${field.reason}`, field.span);
  if (!isWholeNumber(field.value)) return notKnown(`spec.job.parallelism "${field.text}" is not a whole number`, field.span);
  if (field.value < 1) return notKnown(`the operator rejects spec.job.parallelism ${field.value}: it must be at least 1`, field.span);
  return derived(field.value, `spec.job.parallelism ${field.value}`, field.span);
}

export function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

export function isJobView(value: JobView | Field<never>): value is JobView {
  return !('kind' in value);
}

export function isRole(value: RoleView | Field<never>): value is RoleView {
  return !('kind' in value);
}
