/**
 * Refactoring: write every memory size in one style, without changing what the operator reads:
 * spec sizes as Kubernetes binary units (`4Gi`, `1536Mi`), flinkConfiguration sizes as Flink units
 * (`4g`, `1536m`). Sizes that are not whole MiB are left as they are. Offered only with the cursor
 * on the line of a size it would rewrite, not on every line of the resource.
 */

import { replaceScalar } from '../../edits/yaml-edit';
import { parseResourceMemory } from '../../units/resource-memory';
import { parseFlinkMemorySize } from '../../units/memory-size';
import { findOption } from '../../catalog/catalog';
import { roleOf } from '../../rules/helpers';
import { memoryFields } from '../../rules/memory-fields';
import { TextEdit } from '../../edits/text-edit';
import { Refactoring, RefactorContext } from './types';
import { plural } from '../../format/numbers';

const MIB = 1n << 20n;

export function normalizeMemory(ctx: RefactorContext): Refactoring[] {
  const edits: TextEdit[] = [];
  for (const name of ['jobManager', 'taskManager'] as const) {
    for (const { field } of memoryFields(roleOf(ctx.resource.spec, name))) {
      const parsed = parseResourceMemory(field.text.trim()).result;
      const to = parsed.ok ? style(parsed.bytes, 'Gi', 'Mi') : undefined;
      if (to && to !== field.text.trim()) edits.push(replaceScalar(ctx.text, field.span, to));
    }
  }
  for (const e of ctx.resource.spec?.flinkConfiguration.entries.values() ?? []) {
    if (e.value === undefined || findOption(e.key)?.option.type !== 'MemorySize') continue;
    const parsed = parseFlinkMemorySize(e.value);
    const to = parsed.ok ? style(parsed.bytes, 'g', 'm') : undefined;
    if (to && to !== e.value.trim()) edits.push(replaceScalar(ctx.text, e.valueSpan, to));
  }
  // A value shared through an anchor or a merge key is reached twice but written once.
  const unique = [...new Map(edits.map((e) => [`${e.span.start}:${e.span.end}`, e])).values()];
  const line = (offset: number) => ctx.analysis.lines.position(offset).line;
  if (!unique.some((e) => line(e.span.start) === line(ctx.offset))) return [];
  return [{ title: `Write memory sizes as Mi/Gi in the spec and m/g in flinkConfiguration (${plural(unique.length, 'value')})`, edits: unique }];
}

function style(bytes: bigint, giga: string, mega: string): string | undefined {
  if (bytes <= 0n || bytes % MIB !== 0n) return undefined;
  const mib = bytes / MIB;
  return mib % 1024n === 0n ? `${mib / 1024n}${giga}` : `${mib}${mega}`;
}
