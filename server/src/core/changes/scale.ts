/**
 * Whether a scale change is carried out without a restart (spec-changes.md §3). Native: Flink's
 * resource-requirements REST API, only with Flink 1.18+, the adaptive scheduler and in-place
 * scaling enabled in the running job's configuration, and only when parallelism overrides exist
 * before or after and none is removed. Standalone: the operator patches the TaskManager
 * deployment's replicas, but only under reactive mode (for session clusters too: the check looks
 * at the whole spec, which is never null).
 */

import { EffectiveConfig, Setting } from '../projection/effective-config';
import { Tristate } from '../rules/flink-keys';
import { Facts } from './facts';
import { Opaque } from './types';

export interface InPlace {
  /** true: rescales in place (given a running job); false: falls back to an upgrade; undefined: unknown. */
  readonly possible: Tristate;
  /** Why not, or what is unknown. */
  readonly reasons: readonly string[];
}

const OVERRIDES = 'pipeline.jobvertex-parallelism-overrides';

/**
 * `missingCluster`: a session job whose cluster is not among the inputs. Its Flink version and the
 * cluster's configuration are unknown then; only what the job's own flinkConfiguration sets
 * (which wins over the cluster's) is known.
 */
export function nativeInPlace(base: Facts, before: ReadonlyMap<string, string | Opaque>, after: ReadonlyMap<string, string | Opaque>, supported: boolean, missingCluster?: string): InPlace {
  if (!supported) return { possible: false, reasons: ['this operator release has no in-place rescaling'] };
  const failed: string[] = [];
  const unsure: string[] = [];
  const check = (ok: Tristate, why: string, unknownWhy: string) => {
    if (ok === false) failed.push(why);
    if (ok === undefined && missingCluster === undefined) unsure.push(unknownWhy);
  };
  const config = missingCluster === undefined ? base.config : ownOnly(base.config);
  if (missingCluster !== undefined) unsure.push(`the Flink version (1.18 or newer needed) and scheduler (adaptive needed) of session cluster ${missingCluster || '(unnamed)'}, which is not among the files`);
  else check(base.flinkVersion === null ? undefined : base.flinkVersion >= 118, 'the running Flink version is older than 1.18', 'the Flink version is unknown');
  check(enumIs(config, 'jobmanager.scheduler', 'adaptive'), 'the running job does not use the adaptive scheduler (jobmanager.scheduler: adaptive)', 'jobmanager.scheduler is set by a template');
  check(notFalse(config, 'kubernetes.operator.job.upgrade.inplace-scaling.enabled'), 'kubernetes.operator.job.upgrade.inplace-scaling.enabled is false', 'kubernetes.operator.job.upgrade.inplace-scaling.enabled is set by a template');
  const old = overridesOf(before);
  const next = overridesOf(after);
  if (old === undefined || next === undefined) unsure.push('the parallelism overrides are set by a template');
  else {
    if (old.size === 0 && next.size === 0) failed.push('no parallelism overrides before or after');
    const removed = [...old.keys()].filter((v) => !next.has(v));
    if (removed.length) failed.push(`the override for vertex ${removed[0]} is removed`);
  }
  return { possible: failed.length ? false : unsure.length ? undefined : true, reasons: [...failed, ...unsure] };
}

/** Only what the resource's own flinkConfiguration sets counts; the rest is the missing cluster's, unknown (said once). */
function ownOnly(config: EffectiveConfig): { get(key: string): Setting } {
  return {
    get(key: string): Setting {
      const s = config.get(key);
      return s.kind === 'set' && s.source.startsWith('flinkConfiguration') ? s : { kind: 'unknown', key, reason: 'the session cluster is not among the files' };
    },
  };
}

export function standaloneReactive(base: Facts): InPlace {
  const reactive = enumIs(base.config, 'scheduler-mode', 'reactive');
  if (reactive === true) return { possible: true, reasons: [] };
  return { possible: reactive, reasons: [reactive === false ? 'the running cluster is not in reactive mode (scheduler-mode: reactive)' : 'scheduler-mode is set by a template'] };
}

/**
 * The overrides as Flink's Configuration reads a map option (Configuration#getRawValue): the exact
 * key's `vertexId:parallelism,...` when it is set, else every `<key>.<vertexId>` entry, which is
 * what a nested map under the key flattens to (ConfigObjectNode#asFlatMap). Undefined when a
 * template decides.
 */
export function overridesOf(config: ReadonlyMap<string, string | Opaque>): Map<string, string> | undefined {
  const exact = config.get(OVERRIDES);
  if (exact instanceof Opaque) return undefined;
  const map = new Map<string, string>();
  if (exact !== undefined) {
    for (const pair of exact.split(',')) {
      const [k, v] = pair.split(':');
      if (k?.trim() && v !== undefined) map.set(k.trim(), v.trim());
    }
    return map;
  }
  for (const [key, value] of config) {
    if (!key.startsWith(`${OVERRIDES}.`)) continue;
    if (value instanceof Opaque) return undefined;
    map.set(key.slice(OVERRIDES.length + 1), value);
  }
  return map;
}

function enumIs(config: Pick<EffectiveConfig, 'get'>, key: string, value: string): Tristate {
  const s = config.get(key);
  if (s.kind === 'unknown') return undefined;
  return s.kind === 'set' && s.value.trim().toLowerCase() === value;
}

function notFalse(config: Pick<EffectiveConfig, 'get'>, key: string): Tristate {
  const s = config.get(key);
  if (s.kind === 'unknown') return undefined;
  return !(s.kind === 'set' && s.value.trim().toLowerCase() === 'false');
}
