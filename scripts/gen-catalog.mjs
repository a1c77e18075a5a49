// Generates server/src/core/catalog/options.json from the team reference's option catalog.
// Keeps the facts the rules need (type, default, enum values, deprecated and fallback keys,
// versions, key patterns); leaves the upstream descriptions out (hover text is our own).
// Usage: node scripts/gen-catalog.mjs [options.json] [out.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? join(root, '..', 'shared', 'reference', 'flink-config', 'options.json');
const output = process.argv[3] ?? join(root, 'server', 'src', 'core', 'catalog', 'options.json');

const options = JSON.parse(readFileSync(input, 'utf8'));
const compact = options
  .map((o) => {
    const entry = { key: o.key, type: o.type, default: o.default ?? null, source: o.source };
    if (o.enumValues) entry.enumValues = o.enumValues;
    if (o.suggestedValues) entry.suggestedValues = o.suggestedValues;
    if (o.deprecatedKeys) entry.deprecatedKeys = o.deprecatedKeys;
    if (o.fallbackKeys) entry.fallbackKeys = o.fallbackKeys;
    if (o.deprecated) entry.deprecated = true;
    if (o.replacedBy) entry.replacedBy = o.replacedBy;
    if (o.removedIn) entry.removedIn = o.removedIn;
    if (o.flinkVersions) entry.flinkVersions = o.flinkVersions;
    if (o.keyPattern) entry.keyPattern = o.keyPattern;
    // Per-release facts (flink-config/README.md "Versions"): what each release reads, and since when.
    for (const field of ['operatorVersions', 'deprecatedIn', 'deprecatedKeysAcceptedBy', 'deprecatedKeysSince', 'defaultsByVersion', 'enumValuesNote', 'documented']) {
      if (o[field] !== undefined) entry[field] = o[field];
    }
    return entry;
  })
  .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
writeFileSync(output, `${JSON.stringify(compact, null, 1)}\n`);
console.log(`${compact.length} options -> ${output}`);
