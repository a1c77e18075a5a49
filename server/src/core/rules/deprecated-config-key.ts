/**
 * deprecated-config-key: a key Flink still reads under an old name, or an option Flink has
 * deprecated or removed. Old names are reported from Flink 1.20 on, where the catalog's key
 * names apply (1.19 still calls `execution.checkpointing.dir` `state.checkpoints.dir`).
 */

import { renameKey } from '../edits/yaml-edit';
import { flinkVersionOf, ownEntries } from './config-keys';
import { Fix, Report, ResourceContext, ResourceRule } from './types';

export const deprecatedConfigKey: ResourceRule = {
  id: 'deprecated-config-key',
  severity: 'warning',
  patches: true,
  doc: {
    summary: 'A deprecated or renamed flinkConfiguration key.',
    why: 'Old names still work for now but are dropped in later Flink versions; when both names are set the new one silently wins.',
    before: 'state.checkpoints.dir: s3://bucket/checkpoints',
    after: 'execution.checkpointing.dir: s3://bucket/checkpoints',
  },
  check(ctx: ResourceContext): Report[] {
    // Whether a key is deprecated depends on the Flink version; a templated or missing one
    // could be a version that still uses the old names (a chart's default of v1_19, say).
    if ((ctx.projection?.flinkVersion.value ?? null) === null) return [];
    const version = flinkVersionOf(ctx);
    const own = ctx.resource.spec?.flinkConfiguration.entries;
    return ownEntries(ctx).flatMap(({ entry, match }): Report[] => {
      if (!match || version < 120) return [];
      const rename = (to: string): Fix[] => (entry.nested || own?.has(to) ? [] : [{ title: `Rename to ${to}`, edits: [renameKey(entry.keySpan, to)], preferred: true }]);
      if (match.kind === 'deprecated-key') {
        const current = match.option.key;
        const both = own?.has(current);
        return [{ message: both ? `"${entry.key}" is an old name of "${current}", which is also set and wins; remove this one.` : `"${entry.key}" is deprecated; use "${current}".`, span: entry.keySpan, fixes: rename(current) }];
      }
      const option = match.option;
      if (option.removedIn && version >= Number(option.removedIn.replace('.', '0'))) {
        return [{ message: `"${entry.key}" was removed in Flink ${option.removedIn} and has no effect.`, span: entry.keySpan }];
      }
      if (!option.deprecated || match.kind !== 'exact') return [];
      const replacement = option.replacedBy?.length === 1 ? option.replacedBy[0] : undefined;
      return [{ message: `"${entry.key}" is deprecated${option.replacedBy?.length ? `; use ${option.replacedBy.map((k) => `"${k}"`).join(' or ')}` : ''}.`, span: entry.keySpan, fixes: replacement ? rename(replacement) : [] }];
    });
  },
};
