/**
 * The documentation of one flinkConfiguration key, as Markdown for hover and completion: our own
 * text (catalog/docs), then the catalog's facts (catalog/per-release): type, default (in the
 * resource's Flink release when it differs there), the releases that have the option,
 * deprecation or removal, old names. Only a release the catalog covers is judged.
 */

import { bareDefault, defaultText, findOption, Match, OptionInfo } from '../catalog/catalog';
import { optionText } from '../catalog/option-texts';
import {
  coveredReleases, defaultIn, familyName, isDeprecatedIn, isFlink, oldNameReaders, rangesOf, readsKey, Releases, releaseFor, releaseLabel, releasesFor, releasesWith, removedIn,
} from '../catalog/per-release';

/** Markdown for `key` (exact, old name, map entry or pattern); undefined when no option matches. */
export function optionDocumentation(key: string, flinkVersion?: string): string | undefined {
  const match = findOption(key);
  if (!match) return undefined;
  const option = match.option;
  const releases = releasesFor(flinkVersion);
  const text = optionText(option.key);
  const parts = [matchNote(match, releases), text?.summary, text?.details, factsLine(option, releases), ...releaseLines(option, releases)];
  return parts.filter((p): p is string => Boolean(p)).join('\n\n');
}

function matchNote(match: Match, releases: Releases): string | undefined {
  const key = `\`${match.option.key}\``;
  if (match.kind === 'map-entry') return `An entry of the map option ${key}.`;
  if (match.kind === 'pattern') return `Matches ${key}.`;
  if (match.kind !== 'deprecated-key') return undefined;
  const o = match.option;
  const release = releaseFor(o, releases);
  const readBy = o.deprecatedKeysAcceptedBy?.[match.oldKey] ?? [];
  const since = o.deprecatedKeysSince?.[match.oldKey];
  const lines = [`**Old name** of ${key}: write that instead.`];
  if (readBy.length) lines.push(`Still read by ${familyName(o)} ${rangesOf(readBy, coveredReleases(o))}${since ? ` (as an old name since ${releaseLabel(since)})` : ''}.`);
  if (release && readBy.length && !readBy.includes(release)) lines.push(`**${familyName(o)} ${releaseLabel(release)} does not read this name.**`);
  return lines.join(' ');
}

function factsLine(o: OptionInfo, releases: Releases): string {
  const value = defaultIn(o, releases);
  const release = releaseFor(o, releases);
  const perRelease = release && o.defaultsByVersion ? ` in ${familyName(o)} ${releaseLabel(release)}` : '';
  const parts = [`${sourceName(o)} · ${o.type}`, `default${perRelease}: ${shownDefault(value)}`];
  const values = o.enumValues ?? o.suggestedValues;
  if (values?.length) parts.push(`values: ${values.map((v) => `\`${v}\``).join(', ')}${o.enumValuesNote ? ` (${o.enumValuesNote})` : ''}`);
  return parts.join(' · ');
}

function releaseLines(o: OptionInfo, releases: Releases): string[] {
  const lines: string[] = [];
  const family = familyName(o);
  const release = releaseFor(o, releases);
  const ranges = rangesOf(releasesWith(o) ?? [], coveredReleases(o));
  if (ranges) lines.push(`In ${family} ${ranges}.`);
  else if ((isFlink(o) ? o.flinkVersions : o.operatorVersions)?.length) lines.push(`In no ${family} release yet: only on its development branch.`);
  for (const r of oldNameReaders(o.key).filter((x) => isFlink(x.option) === isFlink(o))) {
    const readers = rangesOf(r.releases, coveredReleases(o));
    lines.push(`${capitalized(family)} ${readers} also ${/[–,]/.test(readers) ? 'read' : 'reads'} it as an old name of \`${r.option.key}\`.`);
  }
  if (release && !readsKey(o, releases)) lines.push(`**${family} ${releaseLabel(release)} does not read this key.**`);
  const removed = removedIn(o);
  if (removed) lines.push(`**Removed** in ${family} ${releaseLabel(removed)}: later releases ignore the key.`);
  if (o.deprecated) lines.push(deprecation(o, releases));
  if (o.deprecatedKeys?.length) lines.push(`Old names: ${o.deprecatedKeys.map((k) => `\`${k}\``).join(', ')}.`);
  return lines;
}

function deprecation(o: OptionInfo, releases: Releases): string {
  const use = o.replacedBy?.length ? `; use ${o.replacedBy.map((k) => `\`${k}\``).join(' or ')}` : '';
  const since = o.deprecatedIn ? ` since ${familyName(o)} ${releaseLabel(o.deprecatedIn)}` : '';
  const release = releaseFor(o, releases);
  const notYet = release && !isDeprecatedIn(o, releases) ? ` (not yet in ${familyName(o)} ${releaseLabel(release)})` : '';
  return `**Deprecated**${since}${notYet}${use}.`;
}

function sourceName(o: OptionInfo): string {
  return o.source === 'operator' ? 'Operator option' : o.source === 'autoscaler' ? 'Autoscaler option' : 'Flink option';
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Hover shows the value itself, in code style; "none" and "empty" as words. */
function shownDefault(value: string | null): string {
  const bare = bareDefault(value);
  return bare === undefined || bare === '' ? defaultText(value) : `\`${bare}\``;
}
