/**
 * The page draws only messages of the shape it knows. A message that does not fit (another
 * extension version, a bug, anything posted into the frame) is ignored instead of throwing
 * halfway through a render and leaving a broken view.
 */

import type { HostToWebview } from './messages';

type Check = (v: unknown) => boolean;

const text: Check = (v) => typeof v === 'string';
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const orNull = (c: Check): Check => (v) => v === null || c(v);
const list = (c: Check): Check => (v) => Array.isArray(v) && v.every(c);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shape = (fields: Record<string, Check>): Check => (v) => isObject(v) && Object.entries(fields).every(([k, c]) => Object.hasOwn(v, k) && c(v[k]));
const values = (c: Check): Check => (v) => isObject(v) && Object.values(v).every(c);

const range = shape({ min: orNull(num), max: orNull(num) });

const pod = shape({
  cpu: orNull(num), cpuLimit: orNull(num), memoryBytes: orNull(num), memoryRequestBytes: orNull(num), memoryLimitBytes: orNull(num),
  memory: orNull(values(num)), memoryError: orNull(shape({ message: text })),
});
/** The whole pod, only when the template adds containers (absent from older servers). */
const podWithTotal: Check = (v) => pod(v) && optional('pod', orNull(shape({ cpu: orNull(num), memoryRequestBytes: orNull(num), containers: list(text), reason: text })))(v);

const autoscaler = shape({ minParallelism: orNull(num), maxParallelism: orNull(num), slotsNeeded: range, taskManagers: range, cpu: range, memoryBytes: range, reason: text });

/** The fields the page reads, nothing more: extra fields are allowed. */
const resourceFields = shape({
  line: num, kind: text, name: orNull(text), namespace: orNull(text), clusterType: text, mode: orNull(text), flinkVersion: orNull(text),
  parallelism: orNull(num), slotsPerTaskManager: orNull(num), slotsNeeded: orNull(num), totalSlots: orNull(num), missingSlots: orNull(num),
  taskManagers: orNull(num), jobManagers: orNull(num), sessionCluster: orNull(text),
  slotSharingGroups: list(shape({ group: text, slots: orNull(num) })), sessionJobs: orNull(list(shape({ name: text, slots: orNull(num) }))),
  taskManager: podWithTotal, jobManager: podWithTotal, autoscaler: orNull(autoscaler), unknown: list(text),
  totals: shape({ pods: orNull(num), cpu: orNull(num), memoryBytes: orNull(num) }),
  findings: list(shape({ line: num, severity: text, message: text })),
});

const summary = orNull(shape({ parallelism: orNull(num), taskManagers: orNull(num), slotsPerTaskManager: orNull(num), totalSlots: orNull(num), jobManagers: orNull(num), cpu: orNull(num), memoryBytes: orNull(num) }));
const change = shape({
  ref: text, class: text, headline: text, action: text, conditions: list(text), state: text, losesState: (v) => typeof v === 'boolean',
  fields: list(shape({ path: text, class: text, before: text, after: text, line: orNull(num), effect: text, severity: text })),
  findings: list(shape({ severity: text, message: text, line: orNull(num) })),
  projection: shape({ before: summary, after: summary }),
});
/** An optional field: absent, or of its shape. */
const optional = (key: string, c: Check): Check => (v) => isObject(v) && (!Object.hasOwn(v, key) || v[key] === undefined || c(v[key]));
const removedList = list(shape({ kind: text, name: text, namespace: text, headline: text, action: text }));

/** `waiting` is only there while the YAML has a syntax error; `change` only against a base. */
const resource: Check = (v) => resourceFields(v) && optional('waiting', text)(v) && optional('change', change)(v) && optional('podTotals', orNull(shape({ cpu: orNull(num), memoryBytes: orNull(num) })))(v);

const layout: Check = (v) => shape({ uri: text, fileName: text, resources: list(resource), selected: (s) => Number.isSafeInteger(s) && (s as number) >= 0 })(v) && optional('removed', removedList)(v) && optional('editingLine', (l) => Number.isSafeInteger(l) && (l as number) >= 1)(v);

/** A resource row as the preview and the views read it. */
export const isResourceRow = (v: unknown): boolean => resource(v);

export function hostMessage(data: unknown): HostToWebview | undefined {
  if (!isObject(data)) return undefined;
  if (data.type === 'empty') return text(data.message) ? (data as HostToWebview) : undefined;
  if (data.type === 'layout') return layout(data) ? (data as HostToWebview) : undefined;
  return undefined;
}
