/**
 * unknown-config-key: a flinkConfiguration key that no Flink, operator or autoscaler option
 * knows. Flink ignores unknown keys silently, so a typo just does nothing; a close real key is
 * suggested and the fix renames it.
 */

import { suggestKey } from '../catalog/catalog';
import { familyName, keyStatus, releaseLabel, releaseFor, releasesFor } from '../catalog/per-release';
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
    const releases = releasesFor(ctx.projection?.flinkVersion.value, ctx.options.operatorVersion);
    return ownEntries(ctx).flatMap(({ entry, match }): Report[] => {
      if (match) {
        // A real option, but one the resource's release does not have yet.
        const status = keyStatus(entry.key, releases);
        if (status.kind !== 'not-yet') return [];
        const family = familyName(status.option);
        const comes = status.firstRelease ? `it comes with ${family} ${releaseLabel(status.firstRelease)}` : `no ${family} release has it yet, only ${family}'s development branch`;
        return [{ message: `"${entry.key}" has no effect on ${family} ${releaseLabel(releaseFor(status.option, releases) ?? '')}: ${comes}.`, span: entry.keySpan }];
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
