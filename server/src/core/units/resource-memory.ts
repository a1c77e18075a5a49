/**
 * The operator's reading of spec memory (`resource.memory`, `resources.*.memory`):
 * Flink syntax first, then a Kubernetes-quantity fallback whose plain decimal string is parsed
 * by Flink again (flink-semantics.md §5.1). So `2G` is 2 GiB, `2Gi` is 2 GiB and `1.5Gi` fails.
 */

import { parseFlinkMemorySize, SizeResult } from './memory-size';
import { parseQuantity } from './quantity';
import { toPlainString } from './decimal';

export interface ResourceMemory {
  readonly result: SizeResult;
  /** Which syntax decided: Flink's own, or the Kubernetes fallback. */
  readonly path: 'flink' | 'kubernetes';
}

export function parseResourceMemory(text: string): ResourceMemory {
  const flink = parseFlinkMemorySize(text);
  if (flink.ok) return { result: flink, path: 'flink' };
  let q = text.trim().replace(/\s+/g, '').toUpperCase();
  if (q.endsWith('B')) q = q.slice(0, -1);
  if (q.endsWith('I')) q = `${q.slice(0, -1)}i`;
  const quantity = parseQuantity(q);
  if (!quantity.ok) return { result: { ok: false, error: flink.error }, path: 'flink' };
  const plain = toPlainString(quantity.amount);
  const again = parseFlinkMemorySize(plain);
  if (again.ok) return { result: again, path: 'kubernetes' };
  const error = plain.includes('.')
    ? `"${text}" is ${plain} bytes, a fraction Flink cannot read; use a whole number of Mi`
    : `"${text}" is ${plain} bytes, which Flink cannot read`;
  return { result: { ok: false, error }, path: 'kubernetes' };
}
