/**
 * A tiny exact decimal (unscaled bigint + scale), enough to mirror Java's BigDecimal where the
 * operator and Flink use it: quantity amounts, `toPlainString`, and `MemorySize.multiply`.
 */

export interface Decimal {
  readonly unscaled: bigint;
  /** Number of digits after the decimal point (may be negative for 1e3-style values). */
  readonly scale: number;
}

export function decimalFromString(text: string): Decimal | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const fraction = m[3] ?? '';
  const digits = BigInt(`${m[2] || '0'}${fraction}`);
  const unscaled = m[1] === '-' ? -digits : digits;
  return { unscaled, scale: fraction.length - Number(m[4] ?? 0) };
}

export function mulInt(d: Decimal, factor: bigint): Decimal {
  return { unscaled: d.unscaled * factor, scale: d.scale };
}

/**
 * Multiplies by 10^exp the way the Kubernetes client does (`digits.multiply(10^exp)`): a
 * positive power is a whole number, so the scale of the digits survives ("0.5G" → 500000000.0).
 */
export function scaleByPow10(d: Decimal, exp: number): Decimal {
  if (exp >= 0) return { unscaled: d.unscaled * 10n ** BigInt(exp), scale: d.scale };
  return { unscaled: d.unscaled, scale: d.scale - exp };
}

/** Java's BigDecimal.toPlainString(): keeps trailing zeros of the scale ("1610612736.0"). */
export function toPlainString(d: Decimal): string {
  if (d.scale <= 0) return (d.unscaled * 10n ** BigInt(-d.scale)).toString();
  const negative = d.unscaled < 0n;
  const digits = (negative ? -d.unscaled : d.unscaled).toString().padStart(d.scale + 1, '0');
  const cut = digits.length - d.scale;
  return `${negative ? '-' : ''}${digits.slice(0, cut)}.${digits.slice(cut)}`;
}

export function toNumber(d: Decimal): number {
  return Number(toPlainString(d));
}

/** x * f truncated toward zero, with f taken at its shortest decimal form (BigDecimal.valueOf). */
export function multiplyTruncate(x: bigint, f: number): bigint {
  const d = shortestDecimal(f);
  if (!d) throw new Error(`not a finite multiplier: ${f}`);
  const product = x * d.unscaled;
  return d.scale >= 0 ? product / 10n ** BigInt(d.scale) : product * 10n ** BigInt(-d.scale);
}

/** The same few fractions come back in every projection: their decimal form is read once. */
const SHORTEST = new Map<number, Decimal | undefined>();

function shortestDecimal(f: number): Decimal | undefined {
  if (SHORTEST.has(f)) return SHORTEST.get(f);
  const d = decimalFromString(String(f));
  if (SHORTEST.size < 1000) SHORTEST.set(f, d);
  return d;
}
