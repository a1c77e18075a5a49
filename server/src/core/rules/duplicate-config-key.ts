/**
 * duplicate-config-key: one flinkConfiguration key written twice, flat (`a.b.c: x`) and nested
 * (`a: {b: {c: y}}`). The API server stores a custom resource as JSON with its keys sorted, and
 * the operator flattens that tree in order into one map (flink-semantics.md §1.6), so at the
 * level where the spellings part, the longer (flatter) key comes later and wins, whatever the
 * order in the file. Reported once, at the spelling that is lost.
 */

import { ConfigEntry } from '../model/flink-config';
import { atLeast } from './helpers';
import { Report, ResourceContext, ResourceRule } from './types';

export const duplicateConfigKey: ResourceRule = {
  id: 'duplicate-config-key',
  severity: 'warning',
  doc: {
    summary: 'A flinkConfiguration key written twice, flat and nested: one of the values is silently dropped.',
    why: 'The API server stores the resource with its keys sorted and the operator flattens them in that order, so the flatter spelling always wins, wherever it stands in the file.',
    before: 'execution.checkpointing.interval: 10s\nexecution:\n  checkpointing:\n    interval: 30s',
    after: 'execution.checkpointing.interval: 30s',
  },
  check(ctx: ResourceContext): Report[] {
    const config = ctx.resource.spec?.flinkConfiguration;
    // Before 1.13 nested keys are rejected outright (flink-config-format).
    if (!config || config.shadowed.length === 0 || !atLeast(ctx, '1.13')) return [];
    return config.shadowed.flatMap((lost) => {
      const kept = config.entries.get(lost.key);
      return kept && spelling(ctx, kept) !== spelling(ctx, lost) ? [report(lost, kept)] : [];
    });
  },
};

/** How the key is written at its own place; the same text twice in one map is a YAML error instead. */
function spelling(ctx: ResourceContext, e: ConfigEntry): string {
  return ctx.text.slice(e.keySpan.start, e.keySpan.end);
}

function report(lost: ConfigEntry, kept: ConfigEntry): Report {
  const form = kept.nested ? 'less nested' : 'flat';
  const same = lost.value !== undefined && lost.value === kept.value;
  const shown = (v: string | undefined) => (v === undefined ? 'a templated value' : JSON.stringify(v));
  const message = same
    ? `${lost.key} is set twice to ${shown(kept.value)}, here and in its ${form} spelling; the operator reads only the ${form} one, so remove this one.`
    : `${lost.key} is set twice: the operator keeps the ${form} spelling (${shown(kept.value)}), so ${shown(lost.value)} here never reaches Flink. Keep one of them.`;
  return {
    message,
    span: lost.keySpan,
    severity: same ? 'info' : undefined,
    related: [{ span: kept.keySpan, message: `${lost.key} as the operator reads it` }],
  };
}
