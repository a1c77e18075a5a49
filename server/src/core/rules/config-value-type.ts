/**
 * config-value-type: a flinkConfiguration value that does not parse as its option's type
 * (boolean, integer, number, duration, memory size, enum). Flink fails when it reads the option.
 */

import { parseDuration } from '../units/duration';
import { parseFlinkMemorySize } from '../units/memory-size';
import { replaceScalar } from '../edits/yaml-edit';
import { ownEntries } from './config-keys';
import { Fix, Report, ResourceContext, ResourceRule } from './types';

/** Checked by a more specific rule. */
const ELSEWHERE = new Set(['taskmanager.numberOfTaskSlots']);
const KUBERNETES_SIZE = /^\s*\d+(\.\d+)?\s*[KMGTPE]i\s*$/;

export const configValueType: ResourceRule = {
  id: 'config-value-type',
  severity: 'error',
  patches: true,
  doc: {
    summary: 'A flinkConfiguration value that does not parse as the option\'s type.',
    why: 'Flink parses each option when it reads it and fails the job or the cluster on a bad value.',
    before: 'execution.checkpointing.interval: 5 minutes please',
    after: 'execution.checkpointing.interval: 5 min',
  },
  check(ctx: ResourceContext): Report[] {
    return ownEntries(ctx).flatMap(({ entry, match }): Report[] => {
      if (!match || entry.value === undefined || ELSEWHERE.has(match.option.key) || match.kind === 'pattern' || match.kind === 'map-entry') return [];
      const problem = typeProblem(match.option.type, entry.value, match.option.enumValues);
      if (!problem) return [];
      return [{ message: `${entry.key}: ${problem}`, span: entry.valueSpan, invalidates: { start: entry.keySpan.start, end: entry.valueSpan.end }, fixes: booleanFix(ctx, match.option.type, entry.value, entry.valueSpan) }];
    });
  },
};

export function typeProblem(type: string, raw: string, enumValues?: readonly string[]): string | undefined {
  const value = raw.trim();
  switch (type) {
    case 'Boolean':
      return /^(true|false)$/i.test(value) ? undefined : `"${raw}" is not true or false.`;
    case 'Integer':
    case 'Long':
      return /^[+-]?\d+$/.test(value) && (type === 'Long' || Math.abs(Number(value)) <= 2147483647) ? undefined : `"${raw}" is not a whole number.`;
    case 'Double':
    case 'Float':
      return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[fFdD]?$/.test(value) ? undefined : `"${raw}" is not a number.`;
    case 'Duration': {
      const d = parseDuration(value);
      return typeof d === 'number' ? undefined : `${d}.`;
    }
    case 'MemorySize':
      if (KUBERNETES_SIZE.test(value)) return undefined;
      return parseFlinkMemorySize(value).ok ? undefined : `"${raw}" is not a memory size such as 512m or 2g.`;
    case 'Enum':
      return !enumValues || enumValues.some((e) => e.toUpperCase() === value.toUpperCase()) ? undefined : `"${raw}" is not one of ${enumValues.join(', ')}.`;
    default:
      return undefined;
  }
}

function booleanFix(ctx: ResourceContext, type: string, value: string, span: { start: number; end: number }): Fix[] {
  if (type !== 'Boolean') return [];
  const v = value.trim().toLowerCase();
  const to = ['yes', 'on', 'y', '1'].includes(v) ? 'true' : ['no', 'off', 'n', '0'].includes(v) ? 'false' : undefined;
  return to ? [{ title: `Change to ${to}`, edits: [replaceScalar(ctx.text, span, quoteLike(ctx.text, span.start, to))], preferred: true }] : [];
}

function quoteLike(text: string, at: number, value: string): string | boolean {
  return text[at] === '"' || text[at] === "'" ? value : value === 'true';
}
