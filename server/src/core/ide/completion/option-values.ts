/**
 * Values for a flinkConfiguration key: its allowed or usual values (enums, booleans, the
 * catalog's common values), and for sizes and durations the default and a ladder of typical
 * values written the way Flink reads them (`512m`, `2g`, `30 s`, `5 min`). The default comes
 * first and is preselected. Numbers and booleans are quoted, because operators before 1.13 only
 * accept strings there (flink-config-format) and a quoted value is read the same by all.
 */

import { bareDefault, OptionInfo } from '../../catalog/catalog';
import { defaultIn, Releases } from '../../catalog/per-release';
import { Entry } from './types';

const SIZES = ['256m', '512m', '1g', '2g', '4g', '8g'];
const DURATIONS = ['10 s', '30 s', '1 min', '5 min', '10 min', '1 h'];

export function hasValueSuggestions(o: OptionInfo): boolean {
  return candidates(o, {}).length > 0;
}

export function optionValues(o: OptionInfo, releases: Releases): Entry[] {
  const fallback = offeredDefault(defaultIn(o, releases));
  return candidates(o, releases).map((value) => {
    const insertText = needsQuotes(value) ? `"${value}"` : value;
    const isDefault = value === fallback || (fallback !== undefined && value.toLowerCase() === fallback.toLowerCase());
    return { label: value, kind: 'value' as const, insertText, detail: isDefault ? 'default' : o.type, preselect: isDefault || undefined };
  });
}

function candidates(o: OptionInfo, releases: Releases): string[] {
  const fallback = offeredDefault(defaultIn(o, releases));
  const fixed = o.enumValues ?? o.suggestedValues ?? (o.type === 'Boolean' ? ['true', 'false'] : undefined);
  if (fixed) return [...fixed];
  const ladder = o.type === 'MemorySize' ? SIZES : o.type === 'Duration' ? DURATIONS : [];
  const values = fallback !== undefined && (ladder.length || /^(Integer|Long|Float|Double)$/.test(o.type)) ? [fallback] : [];
  return [...values, ...ladder.filter((v) => v !== fallback)];
}

/** The default as a value to offer; a computed one ("(number of processors)") is none. */
function offeredDefault(value: string | null): string | undefined {
  return value?.startsWith('(') ? undefined : bareDefault(value);
}

/** A plain scalar YAML would read as a number, boolean or null. */
function needsQuotes(value: string): boolean {
  return /^(true|false|yes|no|on|off|null|~|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+)$/i.test(value) || /^[\s"'#&*!|>%@`{[]|: | #/.test(value) || value === '';
}
