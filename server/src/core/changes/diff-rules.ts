/**
 * How the operator classified changes in each release (spec-changes.md §6), as data: read from
 * the @SpecDiff annotations and ReflectiveDiffBuilder at every release tag from 1.2 to 1.16.
 */

import { operatorAtLeast } from '../versions/names';
import { DiffType } from './types';

export type Mode = 'native' | 'standalone';

export interface ConfigPrefix {
  readonly prefix: string;
  readonly type: DiffType;
  /** Only in this mode; in the other the key counts as an upgrade. */
  readonly mode?: Mode;
}

export interface DiffRules {
  /** Before 1.2 there is no classification: every spec change is an upgrade. */
  readonly classifies: boolean;
  /** flinkConfiguration keys by prefix, first match wins; unmatched keys are upgrades. */
  readonly configPrefixes: readonly ConfigPrefix[];
  /** job.parallelism and taskManager.replicas: scale in which modes (replicas only from 1.4). */
  readonly scaleModes: readonly Mode[];
  readonly replicasScale: boolean;
  /** Clearing restartNonce is no change (onNullIgnore). */
  readonly restartNonceNullIgnored: boolean;
  /** JobSpec fields the CRD has (others are dropped by the API server), with their type. */
  readonly jobFields: Readonly<Record<string, DiffType | 'scale-by-mode' | 'redeploy-nonce'>>;
  /** Top-level pod template keys other than metadata and spec are cleared before comparing. */
  readonly clearsPodTemplateExtras: boolean;
  /** spec.jobManager/taskManager.resources (ResourceRequirements) exist. */
  readonly resources: boolean;
  /** Native in-place rescaling through the REST API (Flink 1.18+). */
  readonly inPlaceScaling: boolean;
  /** savepointRedeployNonce without initialSavepointPath is rejected (V-24). */
  readonly redeployNonce: boolean;
  readonly blueGreen: boolean;
}

const BASE_JOB_FIELDS = {
  jarURI: 'upgrade', parallelism: 'scale-by-mode', entryClass: 'upgrade', args: 'upgrade', state: 'upgrade',
  savepointTriggerNonce: 'ignore', initialSavepointPath: 'ignore', upgradeMode: 'ignore', allowNonRestoredState: 'ignore',
} as const;

export function diffRules(operatorVersion: string): DiffRules {
  const at = (v: string) => operatorAtLeast(operatorVersion, v);
  const prefixes: ConfigPrefix[] = [];
  if (at('1.7')) prefixes.push({ prefix: 'job.autoscaler', type: 'ignore' });
  prefixes.push({ prefix: 'parallelism.default', type: 'ignore' });
  // 1.2 matched the operator's own prefix with its trailing dot; 1.3 dropped the dot.
  prefixes.push({ prefix: at('1.3') ? 'kubernetes.operator' : 'kubernetes.operator.', type: 'ignore' });
  if (at('1.6')) prefixes.push({ prefix: 'pipeline.jobvertex-parallelism-overrides', type: 'scale', mode: 'native' });
  const jobFields: Record<string, DiffType | 'scale-by-mode' | 'redeploy-nonce'> = { ...BASE_JOB_FIELDS };
  if (at('1.7')) jobFields.checkpointTriggerNonce = 'ignore';
  if (at('1.8')) jobFields.savepointRedeployNonce = 'redeploy-nonce';
  if (at('1.11')) jobFields.autoscalerResetNonce = 'ignore';
  return {
    classifies: at('1.2'),
    configPrefixes: prefixes,
    scaleModes: at('1.6') ? ['standalone'] : ['native', 'standalone'],
    replicasScale: at('1.4'),
    restartNonceNullIgnored: at('1.8'),
    jobFields,
    clearsPodTemplateExtras: at('1.8'),
    resources: at('1.16'),
    inPlaceScaling: at('1.6'),
    redeployNonce: at('1.8'),
    blueGreen: at('1.14'),
  };
}

/** The type of a flinkConfiguration key's change. */
export function configKeyType(rules: DiffRules, key: string, mode: Mode): DiffType {
  if (!rules.classifies) return 'upgrade';
  for (const entry of rules.configPrefixes) {
    if (entry.mode && entry.mode !== mode) continue;
    if (key.startsWith(entry.prefix)) return entry.type;
  }
  return 'upgrade';
}
