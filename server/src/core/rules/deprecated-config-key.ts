/**
 * deprecated-config-key: a key the resource's Flink release reads under an old name, an option it
 * has deprecated, or one it no longer reads. Each is judged for that release from the catalog's
 * per-release data (catalog/per-release): Flink keys by spec.flinkVersion, operator and
 * autoscaler keys (also the legacy `kubernetes.operator.job.autoscaler.*` prefix) by the operator
 * release. Fallback keys (`s3.access.key`) are not deprecated.
 */

import { renameKey } from '../edits/yaml-edit';
import { familyName, keyStatus, releaseLabel, releaseFor, releasesFor } from '../catalog/per-release';
import { memoryDefined } from '../projection/cluster-context';
import { ownEntries } from './config-keys';
import { Fix, Report, ResourceContext, ResourceRule } from './types';

/** Legacy heap keys that size a role without spec memory: the memory rules explain them. */
const LEGACY_HEAP = { jobManager: ['jobmanager.heap.size', 'jobmanager.heap.mb'], taskManager: ['taskmanager.heap.size', 'taskmanager.heap.mb'] } as const;

export const deprecatedConfigKey: ResourceRule = {
  id: 'deprecated-config-key',
  severity: 'warning',
  patches: true,
  doc: {
    summary: 'A deprecated, renamed or removed flinkConfiguration key, for the resource\'s Flink and operator release.',
    why: 'Old names still work for now but are dropped in later Flink versions; when both names are set the new one silently wins; a removed key does nothing.',
    before: 'state.checkpoints.dir: s3://bucket/checkpoints',
    after: 'execution.checkpointing.dir: s3://bucket/checkpoints',
  },
  check(ctx: ResourceContext): Report[] {
    const releases = releasesFor(ctx.projection?.flinkVersion.value, ctx.options.operatorVersion);
    const own = ctx.resource.spec?.flinkConfiguration.entries;
    const explainedElsewhere = legacyHeapKeysInUse(ctx);
    return ownEntries(ctx).flatMap(({ entry }): Report[] => {
      if (explainedElsewhere.has(entry.key)) return [];
      const status = keyStatus(entry.key, releases);
      const rename = (to: string): Fix[] => (entry.nested || own?.has(to) ? [] : [{ title: `Rename to ${to}`, edits: [renameKey(entry.keySpan, to)], preferred: true }]);
      switch (status.kind) {
        case 'old-key': {
          if (status.fallback) return [];
          const current = status.option.key;
          const message = own?.has(current) ? `"${entry.key}" is an old name of "${current}", which is also set and wins; remove this one.` : `"${entry.key}" is deprecated; use "${current}".`;
          return [{ message, span: entry.keySpan, fixes: rename(current) }];
        }
        case 'removed': {
          const family = familyName(status.option);
          return [{ message: `"${entry.key}" has no effect on ${family} ${releaseLabel(releaseFor(status.option, releases) ?? '')}: ${family} ${releaseLabel(status.removedIn)} removed it.`, span: entry.keySpan }];
        }
        case 'current': {
          if (!status.deprecatedSince) return [];
          const replacedBy = status.option.replacedBy ?? [];
          const replacement = replacedBy.length === 1 ? replacedBy[0] : undefined;
          return [{ message: `"${entry.key}" is deprecated${replacedBy.length ? `; use ${replacedBy.map((k) => `"${k}"`).join(' or ')}` : ''}.`, span: entry.keySpan, fixes: replacement ? rename(replacement) : [] }];
        }
        default:
          return [];
      }
    });
  },
};

/** Legacy heap keys of a role without spec memory (memory-required and pod-memory report them). */
function legacyHeapKeysInUse(ctx: ResourceContext): Set<string> {
  const spec = ctx.resource.spec;
  const out = new Set<string>();
  for (const role of ['jobManager', 'taskManager'] as const) {
    if (memoryDefined(spec?.[role])) continue;
    for (const key of LEGACY_HEAP[role]) out.add(key);
  }
  return out;
}
