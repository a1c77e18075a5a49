/**
 * Kubernetes resource quantities (`500m`, `2Gi`, `1e6`), parsed to an exact decimal the way
 * the operator's Kubernetes client computes a "numerical amount". Used for cpu, ephemeral
 * storage, limit factors and the fallback path of memory parsing (flink-semantics.md §5.1-5.2).
 */

import { Decimal, decimalFromString, scaleByPow10, mulInt } from './decimal';

const BINARY: Record<string, bigint> = {
  Ki: 1n << 10n, Mi: 1n << 20n, Gi: 1n << 30n, Ti: 1n << 40n, Pi: 1n << 50n, Ei: 1n << 60n,
};
const DECIMAL_EXP: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

export type QuantityResult = { ok: true; amount: Decimal } | { ok: false; error: string };

export function parseQuantity(text: string): QuantityResult {
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+))(.*)$/.exec(text);
  if (!match) return { ok: false, error: `"${text}" is not a Kubernetes quantity` };
  const number = decimalFromString(match[1] ?? '');
  const suffix = match[2] ?? '';
  if (!number) return { ok: false, error: `"${text}" is not a Kubernetes quantity` };
  const binary = BINARY[suffix];
  if (binary !== undefined) return { ok: true, amount: mulInt(number, binary) };
  const exp = DECIMAL_EXP[suffix];
  if (exp !== undefined) return { ok: true, amount: scaleByPow10(number, exp) };
  const exponent = /^[eE]([+-]?\d{1,3})$/.exec(suffix);
  if (exponent) return { ok: true, amount: scaleByPow10(number, Number(exponent[1])) };
  return { ok: false, error: `"${suffix}" is not a Kubernetes quantity suffix in "${text}"` };
}
