/**
 * Completion: the resource's fields and their values from the CRD schema, flinkConfiguration keys
 * ranked on the server (option-keys.ts) and their values, and whole resources in an empty or new
 * YAML document.
 */

import { Analysis, ResourceAnalysis } from '../../analysis';
import { findOption } from '../../catalog/catalog';
import { releasesFor } from '../../catalog/per-release';
import { versionOfImage } from '../../versions/names';
import { resourceFlinkVersion } from '../resource-flink-version';
import { DEFAULT_OPERATOR_VERSION } from '../../versions/operator-support';
import { completionContext, CompletionContext } from './context';
import { optionKeys } from './option-keys';
import { optionValues } from './option-values';
import { specKeys, specValues } from './spec';
import { resourceSnippets } from './snippets';
import { CompletionEntry, CompletionResult, Entry } from './types';

export type { CompletionEntry, CompletionResult } from './types';

export interface CompletionOptions {
  /** Target operator release (settings), e.g. "1.16". */
  readonly operatorVersion: string;
}

const DEFAULTS: CompletionOptions = { operatorVersion: DEFAULT_OPERATOR_VERSION };

export function completeAt(text: string, analysis: Analysis, offset: number, options: CompletionOptions = DEFAULTS): CompletionEntry[] {
  return completion(text, analysis, offset, options).items;
}

export function completion(text: string, analysis: Analysis, offset: number, options: CompletionOptions = DEFAULTS): CompletionResult {
  const ctx = completionContext(text, offset);
  if (!ctx) return { items: [], ranked: false, typed: '' };
  const at = (entries: Entry[], ranked = false): CompletionResult => ({ items: entries.map((e) => ({ ...e, replaceStart: ctx.prefixStart, replaceEnd: offset })), ranked, typed: ctx.prefix });
  const ra = resourceAt(text, analysis, offset);
  if (!ra) return at(ctx.path.length === 0 && ctx.on === 'key' && documentIsEmpty(text, offset) ? resourceSnippets(options.operatorVersion) : []);
  const configAt = ctx.path.indexOf('flinkConfiguration');
  if (configAt >= 0) {
    const start = ctx.path.slice(configAt + 1).join('.');
    const flinkVersion = resourceFlinkVersion(ra);
    const releases = releasesFor(flinkVersion, options.operatorVersion);
    if (ctx.on === 'key') return at(optionKeys({ start, typed: ctx.prefix, present: presentKeys(ra, ctx, text, offset), releases, flinkVersion }), true);
    const option = findOption(start ? `${start}.${ctx.key ?? ''}` : ctx.key ?? '')?.option;
    return at(option ? optionValues(option, releases) : []);
  }
  const kind = ra.resource.kind;
  if (ctx.on === 'key') return at(specKeys(kind, ctx.path, ctx.siblings));
  const image = ra.resource.spec?.image;
  const imageVersion = versionOfImage(image?.kind === 'known' ? image.value : undefined);
  return at(specValues(kind, [...ctx.path, ctx.key ?? ''], { operatorVersion: options.operatorVersion, imageVersion }));
}

/** Keys the configuration already has (flat or nested), except the one being typed. */
function presentKeys(ra: ResourceAnalysis, ctx: CompletionContext, text: string, offset: number): Set<string> {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const onLine = (s: { start: number }) => s.start >= lineStart && s.start <= (lineEnd < 0 ? text.length : lineEnd);
  const present = new Set<string>();
  for (const [key, entry] of ra.resource.spec?.flinkConfiguration.entries ?? []) if (!onLine(entry.keySpan)) present.add(key);
  const start = ctx.path.slice(ctx.path.indexOf('flinkConfiguration') + 1).join('.');
  for (const sibling of ctx.siblings) present.add(start ? `${start}.${sibling}` : sibling);
  return present;
}

/** The resource whose document holds the offset (trailing blank lines included). */
function resourceAt(text: string, analysis: Analysis, offset: number): ResourceAnalysis | undefined {
  const before = analysis.resources.filter((r) => r.resource.span.start <= offset).pop();
  if (!before) return undefined;
  return /(^|\n)---/.test(text.slice(before.resource.span.end, offset)) ? undefined : before;
}

function documentIsEmpty(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n---', offset);
  const end = text.indexOf('\n---', offset);
  const doc = text.slice(start < 0 ? 0 : start + 4, end < 0 ? text.length : end);
  return doc.split('\n').every((l) => /^\s*(#.*)?$/.test(l) || /^\s*[\w-]*$/.test(l));
}
