/**
 * flink-config-format: up to operator 1.12 flinkConfiguration is a map of strings, so nested YAML
 * and unquoted numbers or booleans are rejected by the API server (§1.6).
 */

import { replaceScalar } from '../edits/yaml-edit';
import { atLeast } from './helpers';
import { Report, ResourceContext, ResourceRule } from './types';

export const flinkConfigFormat: ResourceRule = {
  id: 'flink-config-format',
  severity: 'error',
  patches: true,
  doc: {
    summary: 'flinkConfiguration values that operators before 1.13 do not accept.',
    why: 'Until operator 1.12 the CRD declares flinkConfiguration as a map of strings: nested maps and unquoted numbers or booleans are rejected on apply.',
    before: 'taskmanager.numberOfTaskSlots: 2',
    after: 'taskmanager.numberOfTaskSlots: "2"',
  },
  check(ctx: ResourceContext): Report[] {
    const config = ctx.resource.spec?.flinkConfiguration;
    if (!config || atLeast(ctx, '1.13')) return [];
    return [...config.entries.values()].flatMap((e) => {
      if (e.nested) return [{ message: `Nested flinkConfiguration ("${e.key}") needs operator 1.13 or newer; write the flat key "${e.key}" instead.`, span: e.keySpan }];
      const first = ctx.text[e.valueSpan.start];
      if (e.value === undefined || first === '"' || first === "'" || e.valueSpan.start === e.valueSpan.end) return [];
      if (!/^(true|false|null|~|[-+]?(\d[\d_]*)?\.?\d+([eE][-+]?\d+)?|0x[0-9a-fA-F]+|\.inf|\.nan)$/i.test(e.value.trim())) return [];
      return [{ message: `${e.key}: operator ${ctx.options.operatorVersion} accepts only strings here; quote the value.`, span: e.valueSpan, fixes: [{ title: `Quote as "${e.value}"`, edits: [replaceScalar(ctx.text, e.valueSpan, e.value)], preferred: true }] }];
    });
  },
};
