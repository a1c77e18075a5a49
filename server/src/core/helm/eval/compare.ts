/** Go's eq/ne/lt/le/gt/ge for templates: basic kinds only, no mixing ints and floats. */

export class EvalError extends Error {}

type Kind = 'invalid' | 'bool' | 'int' | 'float' | 'string' | 'other';

function kindOf(v: unknown): Kind {
  if (v === null || v === undefined) return 'invalid';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'string') return 'string';
  return 'other';
}

export function goEq(a: unknown, others: readonly unknown[]): boolean {
  if (!others.length) throw new EvalError('missing argument for comparison');
  const ka = kindOf(a);
  for (const b of others) {
    const kb = kindOf(b);
    if (ka !== kb) {
      if (ka !== 'invalid' && kb !== 'invalid') throw new EvalError('incompatible types for comparison');
      continue;
    }
    if (ka === 'other') {
      if (a === b) return true;
      throw new EvalError('non-comparable types');
    }
    if (ka === 'invalid' || a === b) return true;
  }
  return false;
}

export function goLess(a: unknown, b: unknown): boolean {
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka === 'bool' || ka === 'invalid' || ka === 'other' || kb === 'bool' || kb === 'invalid' || kb === 'other') throw new EvalError('invalid type for comparison');
  if (ka !== kb) throw new EvalError('incompatible types for comparison');
  return (a as string | number | bigint) < (b as string | number | bigint);
}
