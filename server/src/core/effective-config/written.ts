/**
 * The keys the operator writes from the spec, in FlinkConfigBuilder's order (flink-semantics.md
 * §2.2): after flinkConfiguration, so they replace what it says; `setDefault` ones only fill a
 * key nobody set. Values are written the way Java prints them ("false", "5 min", "1.0").
 */

import { isKnown } from '../yaml/fields';
import { Span } from '../text/span';
import { SpecView } from '../model/types';
import { Setting } from '../projection/effective-config';
import { Projection } from '../projection/types';
import { flinkVersionName } from '../versions/names';
import { Layering } from './layering';
import { ConfigValue } from './types';

export interface WriteInput {
  readonly spec: SpecView;
  readonly projection: Projection;
  /** Memory, cpu and limit factors the projection derived from jobManager/taskManager (§5.2, §6.1). */
  readonly fromSpec: ReadonlyMap<string, Setting>;
  readonly name: string;
  readonly namespace: string;
  readonly haActive: boolean | undefined;
}

const GENERATED_TEMPLATE = '(a pod template file the operator generates)';

/** One wording wherever the name decides a key, so `config` states the reason once. */
const UNKNOWN_NAME = 'metadata.name is not known (a template or missing)';

export function op(text: string, value: string | null, span?: Span, unknown?: string): ConfigValue {
  return { value, unknown, origin: { kind: 'operator', text, span } };
}

/** A spec scalar's text; null with the reason when a template decides it. */
function scalar(spec: SpecView, key: string): { value: string | null; span: Span; unknown?: string } | undefined {
  const f = spec.scalars.get(key);
  if (!f) return undefined;
  if (!isKnown(f)) return { value: null, span: f.span, unknown: f.reason };
  return f.value !== null ? { value: f.text, span: f.span } : undefined;
}

export function writeFromSpec(layering: Layering, input: WriteInput): void {
  const { spec, projection: p } = input;
  const version = p.flinkVersion.value;
  layering.setDefault('kubernetes.rest-service.exposed.type', op('its default when not set', 'ClusterIP'));
  layering.setDefault('web.cancel.enable', op('its default when not set', 'false'));
  if (version !== null) layering.set('$internal.flink.version', op('spec.flinkVersion', flinkVersionName(version), spec.flinkVersion?.span));
  if (spec.view.get('logConfiguration')) layering.set('$internal.deployment.config-dir', op('spec.logConfiguration', '(a folder the operator writes the log configuration to)'));
  const image = scalar(spec, 'image');
  if (image) layering.set(version !== null && version < 117 ? 'kubernetes.container.image' : 'kubernetes.container.image.ref', op('spec.image', image.value, image.span, image.unknown));
  const pull = scalar(spec, 'imagePullPolicy');
  if (pull) layering.set('kubernetes.container.image.pull-policy', op('spec.imagePullPolicy', pull.value, pull.span, pull.unknown));
  const account = scalar(spec, 'serviceAccount');
  if (account) layering.set('kubernetes.service-account', op('spec.serviceAccount', account.value, account.span, account.unknown));
  podTemplates(layering, spec);
  roles(layering, input);
  job(layering, input);
  const name = input.name || null;
  const unknownName = name === null ? UNKNOWN_NAME : undefined;
  layering.set('kubernetes.namespace', op('metadata.namespace', input.namespace));
  layering.set('kubernetes.cluster-id', op('metadata.name', name, undefined, unknownName));
  if (input.haActive) layering.set('high-availability.cluster-id', op('metadata.name (high availability is on)', name, undefined, unknownName));
}

function podTemplates(layering: Layering, spec: SpecView): void {
  const role = (name: 'jobManager' | 'taskManager') => {
    const r = spec[name];
    return r && !('kind' in r) ? r : undefined;
  };
  const storage = (name: 'jobManager' | 'taskManager') => /ephemeral/i.test(JSON.stringify(role(name)?.view.node?.toJSON() ?? {}));
  // The JobManager always gets one: the operator adds its startup probe unless that is turned off.
  const probe = layering.value('kubernetes.operator.jm-deployment.startup.probe.enabled')?.trim().toLowerCase() !== 'false';
  if (spec.podTemplate || role('jobManager')?.podTemplate || storage('jobManager') || probe) layering.set('kubernetes.pod-template-file.jobmanager', op('spec.podTemplate, spec.jobManager and the startup probe', GENERATED_TEMPLATE));
  if (spec.podTemplate || role('taskManager')?.podTemplate || storage('taskManager')) layering.set('kubernetes.pod-template-file.taskmanager', op('spec.podTemplate and spec.taskManager', GENERATED_TEMPLATE));
}

function roles(layering: Layering, input: WriteInput): void {
  const { spec, projection: p } = input;
  for (const [name, prefix] of [['jobManager', 'jobmanager'], ['taskManager', 'taskmanager']] as const) {
    for (const [key, setting] of input.fromSpec) {
      if (!key.includes(prefix)) continue;
      const value = setting.kind === 'set' ? op(setting.source, setting.value, setting.span) : op(`spec.${name}`, null, setting.kind === 'unknown' ? setting.span : undefined, setting.kind === 'unknown' ? setting.reason : undefined);
      layering.set(key, value);
      // Before Flink 1.17 the operator also writes the old cpu key.
      if (key.endsWith('.cpu.amount') && p.flinkVersion.value !== null && p.flinkVersion.value < 117) layering.set(key.replace('.cpu.amount', '.cpu'), value);
    }
  }
  const jm = spec.jobManager;
  if (jm && !('kind' in jm)) {
    const field = jm.replicas;
    if (field && !isKnown(field)) layering.set('kubernetes.jobmanager.replicas', op('spec.jobManager.replicas', null, field.span, field.reason));
    const replicas = isKnown(field) && field.value !== null ? field : undefined;
    if ((!field || isKnown(field)) && (!replicas || (typeof replicas.value === 'number' && replicas.value > 0))) layering.set('kubernetes.jobmanager.replicas', op('spec.jobManager.replicas', replicas ? replicas.text : '1', replicas?.span));
  }
  const tm = spec.taskManager;
  const tmReplicas = tm && !('kind' in tm) && tm.replicas && isKnown(tm.replicas) ? tm.replicas : undefined;
  if (tmReplicas && typeof tmReplicas.value === 'number' && tmReplicas.value > 0) layering.set('kubernetes.internal.taskmanager.replicas', op('spec.taskManager.replicas', tmReplicas.text, tmReplicas.span));
  if (spec.job && p.mode.value === 'standalone' && !layering.has('kubernetes.internal.taskmanager.replicas')) {
    const count = p.taskManager.count.value;
    layering.set('kubernetes.internal.taskmanager.replicas', op('standalone mode, ceil(parallelism / slots)', count === null ? null : String(count), undefined, count === null ? p.taskManager.count.reason : undefined));
  }
}

function job(layering: Layering, input: WriteInput): void {
  const { spec, projection: p } = input;
  const standalone = p.mode.value === 'standalone';
  const j = spec.job && !('kind' in spec.job) ? spec.job : undefined;
  if (!j) {
    layering.set('execution.target', op('no spec.job: a session cluster', standalone ? 'remote' : 'kubernetes-session'));
    if (standalone) layering.set('kubernetes.internal.cluster-mode', op('mode: standalone', 'SESSION'));
    return;
  }
  layering.set('execution.target', op(standalone ? 'spec.job with mode: standalone' : 'spec.job', standalone ? 'remote' : 'kubernetes-application'));
  const jar = isKnown(j.jarURI) && j.jarURI.value !== null ? j.jarURI : undefined;
  if (jar && !standalone) layering.set('pipeline.jars', op('spec.job.jarURI', String(jar.value), jar.span));
  layering.set('parallelism.default', op(p.parallelism.reason, p.parallelism.value === null ? null : String(p.parallelism.value), p.parallelism.span, p.parallelism.value === null ? p.parallelism.reason : undefined));
  layering.set('execution.shutdown-on-application-finish', op('always, to keep application clusters around', 'false'));
  layering.setDefault('execution.submit-failed-job-on-application-error', op('its default when not set', 'true'));
  jobDefaults(layering, j, input.name);
  if (standalone) {
    layering.set('kubernetes.internal.cluster-mode', op('mode: standalone', 'APPLICATION'));
    if (jar) layering.set('pipeline.classpaths', op('spec.job.jarURI (local: becomes file:)', String(jar.value).replace(/^local:/, 'file:'), jar.span));
  }
}

/** applyJobConfig: shared by application deployments and session jobs (§2.4). */
export function jobDefaults(layering: Layering, j: NonNullable<SpecView['job']>, name: string): void {
  if ('kind' in j) return;
  layering.setDefault('pipeline.name', op('metadata.name', name || null, undefined, name ? undefined : UNKNOWN_NAME));
  const mode = isKnown(j.upgradeMode) ? j.upgradeMode.value : null;
  if (mode === 'last-state') layering.setDefault('execution.checkpointing.interval', op('upgradeMode last-state', '5 min', j.upgradeMode?.span));
  layering.setDefault('execution.checkpointing.externalized-checkpoint-retention', op('its default when not set', 'RETAIN_ON_CANCELLATION'));
  const allow = j.fields.get('allowNonRestoredState');
  if (isKnown(allow) && allow.value !== null) layering.set('execution.savepoint.ignore-unclaimed-state', op('spec.job.allowNonRestoredState', String(allow.value), allow.span));
  if (isKnown(j.entryClass) && j.entryClass.value !== null) layering.set('$internal.application.main', op('spec.job.entryClass', String(j.entryClass.value), j.entryClass.span));
  if (isKnown(j.args) && j.args.value) layering.set('$internal.application.program-args', op('spec.job.args', j.args.value.join(';'), j.args.span));
}
