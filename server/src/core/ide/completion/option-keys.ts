/**
 * flinkConfiguration key completion, filtered and ranked on the server: keys that exist in the
 * resource's release before deprecated ones, and those before keys the release does not have;
 * then prefix matches before word-boundary matches before fuzzy ones (an option also matches
 * by an old name of it); then by how often people write the key (popularity.ts). Keys already
 * in the configuration are not offered again.
 */

import { allOptions, defaultText, findOption, OptionInfo } from '../../catalog/catalog';
import { defaultIn, familyName, isDeprecatedIn, readsKey, releaseFor, releaseLabel, Releases } from '../../catalog/per-release';
import { matchTier, Tier } from './match';
import { byPopularity, popularity, Popularity } from './popularity';
import { templateKey } from './templates';
import { hasValueSuggestions } from './option-values';
import { Entry } from './types';

export interface KeyQuery {
  /** Dotted path of the nested mapping the key is typed in ('' at the top of flinkConfiguration). */
  readonly start: string;
  /** What is typed of the key. */
  readonly typed: string;
  /** Full keys already set in this flinkConfiguration. */
  readonly present: ReadonlySet<string>;
  readonly releases: Releases;
  /** The resource's flinkVersion (`v1_20`), for the documentation. */
  readonly flinkVersion?: string;
}

/** Enough to choose from; the client asks again as the user types. */
export const MAX_KEYS = 150;

interface Candidate {
  readonly option: OptionInfo;
  readonly label: string;
  readonly insertText: string;
  readonly snippet: boolean;
  readonly group: number;
  readonly tier: Tier;
  readonly popularity: Popularity;
}

export function optionKeys(query: KeyQuery): Entry[] {
  const q = { ...query, present: withOtherNames(query.present) };
  const head = q.start ? `${q.start}.` : '';
  const candidates: Candidate[] = [];
  for (const option of allOptions()) {
    const c = option.key.includes('<') || option.key.includes('#') ? templateCandidate(option, q, head) : plainCandidate(option, q, head);
    if (c) candidates.push(c);
  }
  candidates.sort((a, b) => a.group - b.group || a.tier - b.tier || byPopularity(a.popularity, b.popularity) || (a.option.key < b.option.key ? -1 : a.option.key > b.option.key ? 1 : 0));
  // Entries (with their documentation) only for what is shown.
  return candidates.slice(0, MAX_KEYS).map((c) => entry(c, q));
}

function plainCandidate(o: OptionInfo, q: KeyQuery, head: string): Candidate | undefined {
  if (!o.key.startsWith(head) || q.present.has(o.key)) return undefined;
  const label = o.key.slice(head.length);
  const byOldName = q.typed && (o.deprecatedKeys ?? []).some((old) => old.startsWith(head) && matchTier(q.typed, old.slice(head.length)) === Tier.Prefix);
  const tier = matchTier(q.typed, label) ?? (byOldName ? Tier.WordBoundary : undefined);
  if (tier === undefined) return undefined;
  return { option: o, label, insertText: `${label}: `, snippet: false, group: group(o, q.releases), tier, popularity: popularity(o.key) };
}

function templateCandidate(o: OptionInfo, q: KeyQuery, head: string): Candidate | undefined {
  const t = templateKey(o.key, head, q.typed);
  if (!t || q.present.has(`${head}${t.label}`)) return undefined;
  return { option: o, label: t.label, insertText: `${t.snippet}: `, snippet: true, group: group(o, q.releases), tier: t.tier, popularity: popularity(o.key) };
}

/** A key that is set also blocks its old and new names: both would set the same option. */
function withOtherNames(present: ReadonlySet<string>): Set<string> {
  const out = new Set(present);
  for (const key of present) {
    const match = findOption(key);
    if (!match || (match.kind !== 'exact' && match.kind !== 'deprecated-key')) continue;
    out.add(match.option.key);
    for (const name of [...(match.option.deprecatedKeys ?? []), ...(match.option.replacedBy ?? [])]) out.add(name);
  }
  return out;
}

/** 0: the release has it; 1: deprecated there; 2: the release does not have it. */
function group(o: OptionInfo, releases: Releases): number {
  if (!readsKey(o, releases)) return 2;
  return isDeprecatedIn(o, releases) ? 1 : 0;
}

function entry(c: Candidate, q: KeyQuery): Entry {
  const o = c.option;
  const deprecated = isDeprecatedIn(o, q.releases);
  const facts = [o.type, `default ${defaultText(defaultIn(o, q.releases))}`];
  if (c.group === 2) facts.push(`not in ${familyName(o)} ${releaseLabel(releaseFor(o, q.releases) ?? '')}`);
  if (deprecated) facts.push(o.replacedBy?.length ? `deprecated, use ${o.replacedBy.join(' or ')}` : 'deprecated');
  return {
    label: c.label,
    kind: 'option',
    detail: facts.join(' · '),
    option: { key: o.key, flinkVersion: q.flinkVersion },
    insertText: c.insertText,
    snippet: c.snippet,
    deprecated: deprecated || undefined,
    thenSuggestValues: hasValueSuggestions(o) || undefined,
  };
}
