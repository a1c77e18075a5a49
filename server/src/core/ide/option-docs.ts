/**
 * The documentation of one flinkConfiguration key, for completion items (and hover): the option
 * catalog's facts, judged for the resource's Flink release when it is given: who reads it, type,
 * default, allowed values, the releases that have it, deprecation with its replacement, old names.
 */

import { findOption } from '../catalog/catalog';
import { CatalogEntry, defaultIn, deprecatedIn, existsIn, flinkRelease, releaseRange } from '../catalog/option-release';

const SOURCE: Readonly<Record<string, string>> = { flink: 'Flink option', operator: 'Operator option', autoscaler: 'Autoscaler option' };

/**
 * Markdown for a key (`flinkVersion` as `v1_20` or `1.20`); undefined when the key is no option.
 * Keep this signature: completion and hover both call it.
 */
export function optionDocumentation(key: string, flinkVersion?: string): string | undefined {
  const match = findOption(key);
  if (!match) return undefined;
  const o = match.option as CatalogEntry;
  const releases = { flink: flinkRelease(flinkVersion) };
  const lines: string[] = [];
  if (match.kind === 'deprecated-key') lines.push(`Old name of \`${o.key}\`; write that key instead.`);
  const fallback = o.default ?? 'none';
  lines.push(`${SOURCE[o.source] ?? 'Option'} · ${o.type} · default \`${defaultIn(o, releases) ?? fallback}\``);
  if (o.enumValues?.length) lines.push(`Values: ${o.enumValues.map((v) => `\`${v}\``).join(', ')}`);
  else if (o.suggestedValues?.length) lines.push(`Common values: ${o.suggestedValues.map((v) => `\`${v}\``).join(', ')} (or a factory class name)`);
  const range = releaseRange(o);
  if (!existsIn(o, releases)) lines.push(`Not in Flink ${releases.flink}: ${o.source === 'flink' ? 'Flink' : 'operator'} ${range ?? 'other releases'} only${o.removedIn ? ` (removed in ${o.removedIn})` : ''}.`);
  else if (range && range !== 'all covered releases') lines.push(`${o.source === 'flink' ? 'Flink' : 'Operator'} ${range}${o.removedIn ? `; removed in ${o.removedIn}` : ''}.`);
  if (deprecatedIn(o, releases)) lines.push(`**Deprecated**${since(o)}${o.replacedBy?.length ? `: use ${o.replacedBy.map((k) => `\`${k}\``).join(' or ')}` : ''}.`);
  if (o.deprecatedKeys?.length) lines.push(`Old names: ${o.deprecatedKeys.map((k) => `\`${k}\``).join(', ')}.`);
  return lines.join('\n\n');
}

/** " since 1.20", " since 1.17 or earlier" (the oldest covered release already had it deprecated). */
function since(o: CatalogEntry): string {
  if (!o.deprecatedIn) return '';
  const release = o.deprecatedIn.replace('<=', '');
  const name = release === 'main' ? '1.16' : release;
  return ` since ${o.source === 'flink' ? 'Flink' : 'operator'} ${name}${o.deprecatedIn.startsWith('<=') ? ' or earlier' : ''}`;
}
