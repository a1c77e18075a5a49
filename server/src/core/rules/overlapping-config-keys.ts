/**
 * overlapping-config-keys: from Flink 2.0 the configuration file is standard YAML, so a key that
 * is also the prefix of another (`high-availability: kubernetes` next to
 * `high-availability.storageDir: ...`) cannot be written and the operator refuses it (§1.6).
 */

import { ResourceContext, Report, ResourceRule } from './types';

export const overlappingConfigKeys: ResourceRule = {
  id: 'overlapping-config-keys',
  severity: 'error',
  doc: {
    summary: 'A flinkConfiguration key that is also the prefix of another key, on Flink 2.x.',
    why: 'Flink 2 writes its configuration as nested YAML, where "a" and "a.b" cannot both have values; the operator fails to mount the configuration.',
    before: 'high-availability: kubernetes\nhigh-availability.storageDir: s3://bucket/ha',
    after: 'high-availability.type: kubernetes\nhigh-availability.storageDir: s3://bucket/ha',
  },
  check(ctx: ResourceContext): Report[] {
    const version = ctx.projection?.flinkVersion.value;
    const entries = ctx.resource.spec?.flinkConfiguration.entries;
    if (!entries || version === null || version === undefined || version < 200) return [];
    const keys = [...entries.keys()];
    return keys.flatMap((key) => {
      const longer = keys.find((k) => k.startsWith(`${key}.`));
      const entry = entries.get(key);
      if (!longer || !entry) return [];
      const longerEntry = entries.get(longer);
      return [{
        message: `"${key}" is also the prefix of "${longer}"; Flink 2 cannot write both into its YAML configuration, so the deployment fails. Use the full key (e.g. "${key}.type") or drop one.`,
        span: entry.keySpan,
        related: longerEntry ? [{ span: longerEntry.keySpan, message: `"${longer}" starts with "${key}."` }] : [],
      }];
    });
  },
};
