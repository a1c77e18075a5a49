/**
 * Inlay hints: what the projection derived, written next to the YAML that decided it, the kinds
 * the user's settings allow, fitted into VS Code's length per line (hint-lines.ts). Pure: the
 * server turns offsets into positions.
 */

import { isKnown } from '../yaml/fields';
import { Analysis } from '../analysis';
import { FlinkResource } from '../model/types';
import { Projection } from '../projection/types';
import { jobOf, roleOf } from '../rules/helpers';
import { memoryFields } from '../rules/memory-fields';
import { cpu as cpuText, num, plural, ratio, size } from '../format/numbers';
import { cannotStart } from '../format/headline';
import { fitToLines, RawHint } from './hint-lines';

export type HintKind = 'taskManagers' | 'parallelism' | 'ignoredParallelism' | 'memory' | 'cpu' | 'autoscaler';

export interface Hint {
  readonly offset: number;
  readonly label: string;
  readonly kind: HintKind;
  readonly tooltip?: string;
}

export function inlayHints(analysis: Analysis, enabled: (kind: HintKind) => boolean = () => true): Hint[] {
  const raw = analysis.resources.flatMap(({ resource, projection }) => (projection ? resourceHints(resource, projection) : []));
  return fitToLines(raw.filter((h) => enabled(h.kind)), (offset) => analysis.lines.position(offset).line);
}

function resourceHints(r: FlinkResource, p: Projection): RawHint[] {
  const hints: RawHint[] = [];
  const add = (offset: number | undefined, kind: HintKind, label: string, tooltip?: string) => offset !== undefined && hints.push({ offset, kind, parts: [label], tooltip });
  const tm = roleOf(r.spec, 'taskManager');
  const q = num;
  if (tm && p.clusterType !== 'session-job') {
    // Zero pods while Flink cannot size one: the resource is most likely still being written.
    const pods = cannotStart(p) ? null : p.taskManager.count.value;
    add(tm.keySpan.end + 1, 'taskManagers', ` ${plural(pods, 'pod')} × ${plural(p.slotsPerTaskManager.value, 'slot')}, ${q(p.slotsNeeded.value)} needed`, p.taskManager.count.reason);
  }
  if (tm?.replicas && isKnown(tm.replicas) && p.parallelism.value !== null && p.clusterType === 'application') {
    add(tm.replicas.span.end, 'parallelism', ` → parallelism ${p.parallelism.value}`, p.parallelism.reason);
  }
  const ignored = p.ignoredJobParallelism ?? p.overriddenJobParallelism;
  const why = p.ignoredJobParallelism ? 'taskManager.replicas is set, so the operator uses replicas × slots' : 'the operator uses the largest pipeline.jobvertex-parallelism-overrides value';
  if (ignored) add(ignored.span.end, 'ignoredParallelism', ` ignored → ${q(p.parallelism.value)}`, why);
  const job = jobOf(r.spec);
  if (!ignored && job?.parallelism && isKnown(job.parallelism) && p.slotsNeeded.value !== null && p.slotsNeeded.value !== p.parallelism.value) {
    add(job.parallelism.span.end, 'parallelism', ` → ${plural(p.slotsNeeded.value, 'slot')}`, p.slotsNeeded.reason);
  }
  hints.push(...memoryHints(r, p), ...cpuHints(r, p), ...autoscalerHints(r, p));
  return hints;
}

function memoryHints(r: FlinkResource, p: Projection): RawHint[] {
  const out: RawHint[] = [];
  const tm = memoryFields(roleOf(r.spec, 'taskManager'))[0];
  if (tm && p.taskManager.memory.status === 'ok') {
    const m = p.taskManager.memory.value;
    out.push({ offset: tm.field.span.end, kind: 'memory', parts: [` heap ${size(m.taskHeap)}`, ` managed ${size(m.managed)}`, ` network ${size(m.network)}`], tooltip: 'Task heap, managed and network memory per TaskManager (Flink memory model)' });
  } else if (tm && p.taskManager.memory.status === 'failed') {
    out.push({ offset: tm.field.span.end, kind: 'memory', parts: [' ⚠ Flink cannot start with this'], tooltip: p.taskManager.memory.failure.message });
  }
  const jm = memoryFields(roleOf(r.spec, 'jobManager'))[0];
  if (jm && p.jobManager.memory.status === 'ok') out.push({ offset: jm.field.span.end, kind: 'memory', parts: [` heap ${size(p.jobManager.memory.value.heap)}`], tooltip: 'JobManager JVM heap' });
  return out;
}

function cpuHints(r: FlinkResource, p: Projection): RawHint[] {
  const role = roleOf(r.spec, 'taskManager');
  const resources = role?.resources && !('kind' in role.resources) ? role.resources : undefined;
  const resource = role?.resource && !('kind' in role.resource) ? role.resource : undefined;
  const field = resources?.requests.get('cpu') ?? resources?.limits.get('cpu') ?? resource?.cpu;
  const cpu = p.taskManager.cpu.value;
  const slots = p.slotsPerTaskManager.value;
  if (!isKnown(field) || !cpu || !slots) return [];
  const perCpu = Math.round((slots / cpu) * 100) / 100;
  return [{ offset: field.span.end, kind: 'cpu', parts: [` ${ratio(perCpu)} ${perCpu === 1 ? 'slot' : 'slots'}/CPU`], tooltip: `${plural(slots, 'slot')} share ${cpuText(cpu)} per TaskManager` }];
}

function autoscalerHints(r: FlinkResource, p: Projection): RawHint[] {
  const a = p.autoscaler;
  const entry = r.spec?.flinkConfiguration.entries.get('job.autoscaler.enabled') ?? r.spec?.flinkConfiguration.entries.get('kubernetes.operator.job.autoscaler.enabled');
  if (!a || !entry || a.minParallelism === null) return [];
  return [{ offset: entry.valueSpan.end, kind: 'autoscaler', parts: [` parallelism ${num(a.minParallelism)}–${num(a.maxParallelism)}`, ` ${num(a.taskManagers.min)}–${num(a.taskManagers.max)} TaskManagers`], tooltip: a.reason }];
}
