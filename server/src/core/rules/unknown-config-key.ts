/**
 * unknown-config-key: a flinkConfiguration key that no Flink, operator or autoscaler option
 * knows. Flink ignores unknown keys silently, so a typo just does nothing; a close real key is
 * suggested and the fix renames it.
 */

import { suggestKey } from '../catalog/catalog';
import { keyStatus } from '../catalog/versions';
import { renameKey } from '../edits/yaml-edit';
import { ownEntries } from './config-keys';
import { Report, ResourceContext, ResourceRule } from './types';

export const unknownConfigKey: ResourceRule = {
  id: 'unknown-config-key',
  severity: 'warning',
  patches: true,
  doc: {
    summary: 'A flinkConfiguration key that is not a Flink, operator or autoscaler option.',
    why: 'Flink and the operator ignore unknown keys without a word, so a misspelt option silently keeps its default.',
    before: 'taskmanager.numberOfTaskslots: "4"',
    after: 'taskmanager.numberOfTaskSlots: "4"',
  },
  check(ctx: ResourceContext): Report[] {
    const version = ctx.projection?.flinkVersion.value ?? null;
    const releases = { flink: version === null ? undefined : `${Math.floor(version / 100)}.${version % 100}`, operator: ctx.options.operatorVersion };
    return ownEntries(ctx).flatMap(({ entry, match }): Report[] => {
      if (match) {
        // A real option, but one the resource's release does not have yet.
        const status = keyStatus(entry.key, releases);
        if (status.kind !== 'not-yet') return [];
        const release = status.option.source === 'flink' ? `Flink ${releases.flink}` : `operator ${releases.operator}`;
        return [{ message: `"${entry.key}" has no effect on ${release}: it comes with ${status.option.source === 'flink' ? 'Flink' : 'operator'} ${status.firstRelease === 'main' ? '1.16' : status.firstRelease}.`, span: entry.keySpan }];
      }
      if (entry.key.startsWith('$internal.')) return [];
      const suggestion = suggestKey(entry.key);
      if (!suggestion) {
        return [{ message: `"${entry.key}" is not a Flink or operator option; Flink ignores it unless your job reads it itself.`, span: entry.keySpan, severity: 'info' }];
      }
      const alreadySet = ctx.resource.spec?.flinkConfiguration.entries.has(suggestion);
      return [{
        message: `"${entry.key}" is not a Flink or operator option, so it has no effect. Did you mean "${suggestion}"?`,
        span: entry.keySpan,
        // Findings that the suggested key is missing follow from this typo.
        supplies: alreadySet ? undefined : `spec.flinkConfiguration.${suggestion}`,
        fixes: entry.nested || alreadySet ? [] : [{ title: `Rename to ${suggestion}`, edits: [renameKey(entry.keySpan, suggestion)], preferred: true }],
      }];
    });
  },
};
