/**
 * fast-check settings: a fixed seed and a short budget in `npm test`, so a failure reproduces;
 * `npm run fuzz` raises the budget and draws a fresh seed (FUZZ_RUNS, FUZZ_SEED).
 */

import fc from 'fast-check';

const runs = Number(process.env.FUZZ_RUNS ?? 0);

export function budget(short: number): fc.Parameters<unknown> {
  const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : 20261120;
  return { seed, numRuns: runs > 0 ? Math.max(short, Math.round(short * runs)) : short, endOnFailure: true, includeErrorInReport: true };
}

/** Characters that matter to YAML and to our rules, and some that should not. */
const TOKENS = ['\n', '  ', '- ', ': ', '#', '---\n', '"', "'", '{', '}', '[', ']', ',', '&a ', '*a', '<<: *a\n', '!!str ', '|\n', '>-\n', '\t', '\r\n', '{{ .Values.x }}', '{{- if .Values.y }}\n', '{{- end }}\n', 'replicas: 3\n', 'parallelism: 12', 'memory: 2g', 'cpu: 0.5', 'taskmanager.numberOfTaskSlots: "4"\n', 'kind: FlinkDeployment\n', 'apiVersion: flink.apache.org/v1beta1\n', '1e400', '-1', '0x1F', '9999999999999999999', '\u00a0', '\ufeff', '\u202e', '\0'];

export const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  cut: fc.nat(12),
  insert: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 }), fc.string({ maxLength: 4, unit: 'binary' })),
});

export type Edit = { at: number; cut: number; insert: string };

export function applyEdit(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(at + e.cut);
}
