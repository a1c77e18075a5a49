/**
 * The operator's spec diff (ReflectiveDiffBuilder): one diff per changed Java field, walking the
 * spec classes field by field. JobSpec and TaskManagerSpec are recursed into only when both sides
 * have them; flinkConfiguration is compared key by key and typed by prefix; annotated fields take
 * their annotation's type (in the modes it names, otherwise upgrade); everything else is an
 * upgrade. Java defaults apply: an absent job.parallelism is 0, job.state running, upgradeMode
 * stateless, args empty, jobManager.replicas 1.
 */

import { leaves, Leaf, same } from './equality';
import { isObject, SpecJson } from './spec-json';
import { Path } from './tree';
import { DiffType, Json } from './types';
import { configKeyType, DiffRules, Mode } from './diff-rules';

export interface OperatorDiff {
  /** The operator's name for the diff: `job.parallelism`, `flinkConfiguration.<key>`, `podTemplate`. */
  readonly field: string;
  readonly type: DiffType;
  readonly leaves: readonly Leaf[];
}

const DEPLOYMENT_FIELDS = ['image', 'imagePullPolicy', 'serviceAccount', 'flinkVersion', 'ingress', 'podTemplate', 'jobManager', 'taskManager', 'logConfiguration', 'mode'];
const SESSION_JOB_FIELDS = ['deploymentName'];
const JOB_FIELDS = ['jarURI', 'parallelism', 'entryClass', 'args', 'state', 'savepointTriggerNonce', 'initialSavepointPath', 'checkpointTriggerNonce', 'upgradeMode', 'allowNonRestoredState', 'savepointRedeployNonce', 'autoscalerResetNonce'];
const JOB_DEFAULTS: Record<string, Json> = { parallelism: 0, args: [], state: 'running', upgradeMode: 'stateless' };

export interface DiffInput {
  readonly kind: string;
  readonly before: SpecJson;
  readonly after: SpecJson;
  readonly mode: Mode;
  readonly rules: DiffRules;
}

export function specDiff(input: DiffInput): OperatorDiff[] {
  const { before, after, rules } = input;
  const at = after.specPath;
  const diffs: OperatorDiff[] = [];
  const own = input.kind === 'FlinkSessionJob' ? SESSION_JOB_FIELDS : DEPLOYMENT_FIELDS;
  for (const field of own) {
    if (field === 'taskManager') diffs.push(...taskManagerDiff(input));
    else diffs.push(...plain(field, [...at, field], withDefaults(field, before.fields[field]), withDefaults(field, after.fields[field])));
  }
  diffs.push(...jobDiff(input));
  const nonce = nonceDiff('restartNonce', [...at, 'restartNonce'], before.fields.restartNonce, after.fields.restartNonce, 'upgrade', rules.restartNonceNullIgnored);
  if (nonce) diffs.push(nonce);
  diffs.push(...configDiff(input));
  return rules.classifies ? diffs : diffs.map((d) => ({ ...d, type: 'upgrade' }));
}

function plain(field: string, path: Path, a: Json | undefined, b: Json | undefined, type: DiffType = 'upgrade'): OperatorDiff[] {
  return same(a, b, path) ? [] : [{ field, type, leaves: leaves(path, a, b) }];
}

/** A jobManager block gets JobManagerSpec's default of one replica. */
function withDefaults(field: string, v: Json | undefined): Json | undefined {
  return field === 'jobManager' && isObject(v) && v.replicas === undefined ? { ...v, replicas: 1 } : v;
}

function nonceDiff(field: string, path: Path, a: Json | undefined, b: Json | undefined, type: DiffType, nullIgnored: boolean): OperatorDiff | undefined {
  if (b === undefined && nullIgnored) return undefined;
  return same(a, b, path) ? undefined : { field, type, leaves: [{ path, before: a, after: b }] };
}

function jobDiff({ before, after, mode, rules }: DiffInput): OperatorDiff[] {
  const path = [...after.specPath, 'job'];
  const a = before.fields.job;
  const b = after.fields.job;
  if (!isObject(a) || !isObject(b)) return plain('job', path, a, b);
  const diffs: OperatorDiff[] = [];
  for (const name of JOB_FIELDS) {
    const kind = rules.jobFields[name];
    if (!kind) continue;
    const at = [...path, name];
    const x = a[name] ?? JOB_DEFAULTS[name];
    const y = b[name] ?? JOB_DEFAULTS[name];
    if (kind === 'redeploy-nonce') {
      const d = nonceDiff(`job.${name}`, at, a[name], b[name], 'savepoint-redeploy', true);
      if (d) diffs.push(d);
    } else if (!same(x, y, at)) {
      const type = kind === 'scale-by-mode' ? (rules.scaleModes.includes(mode) ? 'scale' : 'upgrade') : kind;
      diffs.push({ field: `job.${name}`, type, leaves: leaves(at, a[name], b[name]) });
    }
  }
  return diffs;
}

function taskManagerDiff({ before, after, mode, rules }: DiffInput): OperatorDiff[] {
  const path = [...after.specPath, 'taskManager'];
  const a = before.fields.taskManager;
  const b = after.fields.taskManager;
  if (!isObject(a) || !isObject(b)) return plain('taskManager', path, a, b);
  const replicas: DiffType = rules.replicasScale && rules.scaleModes.includes(mode) ? 'scale' : 'upgrade';
  return ['resource', 'resources', 'replicas', 'podTemplate'].flatMap((name) => plain(`taskManager.${name}`, [...path, name], a[name], b[name], name === 'replicas' ? replicas : 'upgrade'));
}

function configDiff({ before, after, mode, rules }: DiffInput): OperatorDiff[] {
  const keys = [...new Set([...before.config.keys(), ...after.config.keys()])].sort();
  return keys.flatMap((key) => {
    const path = [...after.specPath, 'flinkConfiguration', key];
    const a = before.config.get(key);
    const b = after.config.get(key);
    return same(a, b, path) ? [] : [{ field: `flinkConfiguration.${key}`, type: configKeyType(rules, key, mode), leaves: [{ path, before: a, after: b }] }];
  });
}
