/**
 * Keys with a name in them (`metrics.reporter.<name>.factory.class`): what is typed fills the
 * names it already spells (`metrics.reporter.prom.fa` → `metrics.reporter.prom.factory.class`);
 * the rest become snippet placeholders. Catch-all templates that end in a free parameter
 * (`s3.<parameter>`) and SQL table templates (`#`) are not offered: they name no option.
 */

import { matchTier, Tier } from './match';

export interface TemplateMatch {
  /** The key relative to the nested mapping, with the names that are known filled in. */
  readonly label: string;
  /** The same in snippet syntax, unknown names as placeholders. */
  readonly snippet: string;
  readonly tier: Tier;
}

const PLACEHOLDER = /^<[^>]+>$/;
const CATCH_ALL = new Set(['<parameter>', '<key>', '<param>']);

export function templateKey(template: string, head: string, typed: string): TemplateMatch | undefined {
  const segments = template.split('.');
  const last = segments[segments.length - 1] ?? '';
  if (template.includes('#') || CATCH_ALL.has(last)) return undefined;
  const filled = fill(segments, `${head}${typed}`);
  if (filled) return render(filled.segments, head, filled.tier);
  if (!template.startsWith(head)) return undefined;
  const tier = matchTier(typed, template.slice(head.length));
  return tier === undefined || tier === Tier.Prefix ? undefined : render(segments, head, tier);
}

/** The template with the names the typed text spells, when the typed text is a prefix of it. */
function fill(segments: readonly string[], typed: string): { segments: string[]; tier: Tier } | undefined {
  const parts = typed.split('.');
  if (parts.length > segments.length) return undefined;
  const out = [...segments];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const segment = segments[i] ?? '';
    const isLast = i === parts.length - 1;
    if (PLACEHOLDER.test(segment)) {
      if (!isLast) {
        if (!part) return undefined;
        out[i] = part;
      }
    } else if (isLast ? !segment.toLowerCase().startsWith(part.toLowerCase()) : segment.toLowerCase() !== part.toLowerCase()) return undefined;
  }
  return { segments: out, tier: Tier.Prefix };
}

function render(segments: readonly string[], head: string, tier: Tier): TemplateMatch | undefined {
  const key = segments.join('.');
  if (!key.startsWith(head)) return undefined;
  const relative = key.slice(head.length).split('.');
  let n = 0;
  const snippet = relative.map((s) => (PLACEHOLDER.test(s) ? `\${${++n}:${s.slice(1, -1)}}` : s.replace(/[$}\\]/g, '\\$&'))).join('.');
  return { label: relative.join('.'), snippet, tier };
}
