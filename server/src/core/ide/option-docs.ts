/**
 * The documentation of one flinkConfiguration key, as Markdown for hover and completion: our own
 * text (catalog/docs), then the catalog's facts: type, default (in the resource's Flink release
 * when it differs there), the releases that have the option, deprecation or removal, old names.
 */

import { findOption, Match } from '../catalog/catalog';
import { optionText } from '../catalog/option-texts';
import { compareReleases, defaultIn, knownReleases, oldNameReaders, OptionReleases, rangesOf, releaseOf } from '../catalog/releases';

/** Markdown for `key` (exact, old name, map entry or pattern); undefined when no option matches. */
export function optionDocumentation(key: string, flinkVersion?: string): string | undefined {
  const match = findOption(key);
  if (!match) return undefined;
  const option = match.option as OptionReleases;
  const release = option.source === 'flink' ? releaseOf(flinkVersion) : undefined;
  const text = optionText(option.key);
  const parts = [matchNote(match, release), text?.summary, text?.details, factsLine(option, release), ...releaseLines(option, release)];
  return parts.filter((p): p is string => Boolean(p)).join('\n\n');
}

function matchNote(match: Match, release: string | undefined): string | undefined {
  const key = `\`${match.option.key}\``;
  if (match.kind === 'map-entry') return `An entry of the map option ${key}.`;
  if (match.kind === 'pattern') return `Matches ${key}.`;
  if (match.kind !== 'deprecated-key') return undefined;
  const o = match.option as OptionReleases;
  const readBy = o.deprecatedKeysAcceptedBy?.[match.oldKey] ?? [];
  const since = o.deprecatedKeysSince?.[match.oldKey];
  const lines = [`**Old name** of ${key}: write that instead.`];
  if (readBy.length) lines.push(`Still read by ${label(o)} ${rangesOf(readBy, all(o))}${since ? ` (as an old name since ${sinceText(since)})` : ''}.`);
  if (release && readBy.length && !readBy.includes(release)) lines.push(`**Flink ${release} does not read this name.**`);
  return lines.join(' ');
}

function factsLine(o: OptionReleases, release: string | undefined): string {
  const value = defaultIn(o, release);
  const perRelease = release && o.defaultsByVersion ? ` in Flink ${release}` : '';
  const parts = [`${sourceName(o)} · ${o.type}`, `default${perRelease}: ${shownDefault(value)}`];
  const values = o.enumValues ?? o.suggestedValues;
  if (values?.length) parts.push(`values: ${values.map((v) => `\`${v}\``).join(', ')}${o.enumValuesNote ? ` (${o.enumValuesNote})` : ''}`);
  return parts.join(' · ');
}

function releaseLines(o: OptionReleases, release: string | undefined): string[] {
  const lines: string[] = [];
  const have = o.source === 'flink' ? o.flinkVersions : o.operatorVersions;
  const ranges = rangesOf(have ?? [], all(o));
  if (ranges) lines.push(`In ${label(o)} ${ranges}.`);
  else if (have?.length) lines.push(`In no ${label(o)} release yet: only on its development branch.`);
  const readers = oldNameReaders(o.key).filter((r) => r.option.source === o.source);
  for (const r of readers) {
    const ranges = rangesOf(r.releases, all(o));
    lines.push(`${capitalized(label(o))} ${ranges} also ${/[–,]/.test(ranges) ? 'read' : 'reads'} it as an old name of \`${r.option.key}\`.`);
  }
  const readable = [...(o.flinkVersions ?? []), ...readers.flatMap((r) => r.releases)];
  if (release && o.flinkVersions && !readable.includes(release)) lines.push(`**Flink ${release} does not read this key.**`);
  if (o.removedIn) lines.push(`**Removed** in Flink ${o.removedIn}: later releases ignore the key.`);
  if (o.deprecated) lines.push(deprecation(o, release));
  if (o.deprecatedKeys?.length) lines.push(`Old names: ${o.deprecatedKeys.map((k) => `\`${k}\``).join(', ')}.`);
  return lines;
}

function deprecation(o: OptionReleases, release: string | undefined): string {
  const use = o.replacedBy?.length ? `; use ${o.replacedBy.map((k) => `\`${k}\``).join(' or ')}` : '';
  const since = o.deprecatedIn ? ` since ${o.source === 'flink' ? 'Flink' : 'operator'} ${sinceText(o.deprecatedIn)}` : '';
  const notYet = release && o.deprecatedIn && !o.deprecatedIn.startsWith('<=') && compareReleases(release, o.deprecatedIn) < 0 ? ` (not yet in Flink ${release})` : '';
  return `**Deprecated**${since}${notYet}${use}.`;
}

function sourceName(o: OptionReleases): string {
  return o.source === 'operator' ? 'Operator option' : o.source === 'autoscaler' ? 'Autoscaler option' : 'Flink option';
}

function label(o: OptionReleases): string {
  return o.source === 'flink' ? 'Flink' : 'operator';
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function all(o: OptionReleases): readonly string[] {
  return o.source === 'flink' ? knownReleases().flink : knownReleases().operator;
}

/** `<=1.17` → `1.17 or earlier`; `main` → the release it became. */
function sinceText(release: string): string {
  if (release.startsWith('<=')) return `${release.slice(2)} or earlier`;
  return release === 'main' ? '1.16' : release;
}

/** Catalog string defaults keep the docs' quotes (`"localhost"`); hover shows the value itself. */
function shownDefault(value: string | null): string {
  if (value === null) return 'none';
  const bare = /^".*"$/.test(value) ? value.slice(1, -1) : value;
  return bare === '' ? 'empty' : `\`${bare}\``;
}
