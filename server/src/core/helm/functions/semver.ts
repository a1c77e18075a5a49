/**
 * semverCompare as Masterminds/semver v3 reads constraints: comparisons (=, !=, >, <, >=, <=),
 * ~ and ^ ranges, x wildcards, hyphen ranges, AND by space or comma, OR by `||`. As there,
 * a version with a pre-release (v1.31.0-gke.1) only matches constraints that carry one (`-0`).
 */

import { PlainFn, TemplateFn } from '../eval/frame';
import { EvalError } from '../eval/compare';
import { str } from './convert';

interface Version {
  readonly nums: [number, number, number];
  readonly pre: string;
}

function parse(v: string, strict = false): Version | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(v.trim());
  if (!m || (strict && (m[2] === undefined || m[3] === undefined))) return undefined;
  return { nums: [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)], pre: m[4] ?? '' };
}

function comparePre(a: string, b: string): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return Number(x) - Number(y);
    if (nx) return -1;
    if (ny) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

function compare(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a.nums[i] !== b.nums[i]) return (a.nums[i] as number) - (b.nums[i] as number);
  return comparePre(a.pre, b.pre);
}

/** One `op version` term against a version. */
function term(op: string, spec: string, v: Version): boolean {
  const wild = spec.split(/[.-]/).slice(0, 3).map((p) => /^[xX*]$/.test(p));
  const base = parse(spec.replace(/\.[xX*]/g, '.0').replace(/^[xX*]$/, '0'));
  if (!base) throw new EvalError(`improper constraint: ${op}${spec}`);
  if (v.pre && !base.pre) return false;
  const parts = spec.replace(/^v/, '').split('-')[0]?.split('.').length ?? 3;
  const c = compare(v, base);
  const upper = (level: number): Version => ({ nums: level === 0 ? [base.nums[0] + 1, 0, 0] : [base.nums[0], base.nums[1] + 1, 0], pre: '' });
  const wildLevel = wild.indexOf(true);
  if ((op === '' || op === '=') && (wildLevel >= 0 || parts < 3)) {
    const level = wildLevel >= 0 ? wildLevel - 1 : parts - 1;
    return level < 0 ? true : c >= 0 && compare(v, upper(level)) < 0;
  }
  switch (op) {
    case '':
    case '=':
      return c === 0;
    case '!=':
      return c !== 0;
    case '>':
      return c > 0;
    case '<':
      return c < 0;
    case '>=':
    case '=>':
      return c >= 0;
    case '<=':
    case '=<':
      return c <= 0;
    case '~':
    case '~>':
      return c >= 0 && compare(v, upper(parts === 1 ? 0 : 1)) < 0;
    case '^':
      return c >= 0 && compare(v, upper(base.nums[0] > 0 || parts === 1 ? 0 : 1)) < 0;
    default:
      throw new EvalError(`improper constraint: ${op}${spec}`);
  }
}

export function satisfies(constraint: string, version: string): boolean {
  const v = parse(version);
  if (!v) throw new EvalError(`Invalid Semantic Version`);
  return constraint.split('||').some((group) => {
    const g = group.trim().replace(/\s+-\s+/g, ' - ');
    const hyphen = /^(\S+) - (\S+)$/.exec(g);
    if (hyphen) return term('>=', hyphen[1] as string, v) && term('<=', hyphen[2] as string, v);
    const terms = g.split(/[\s,]+/).filter(Boolean);
    const joined: string[] = [];
    for (const t of terms) {
      if (/^(=|!=|>=|<=|=>|=<|>|<|~>?|\^)$/.test(t) && joined.length >= 0) joined.push(t);
      else if (/^(=|!=|>=|<=|=>|=<|>|<|~>?|\^)$/.test(joined[joined.length - 1] ?? 'x')) joined[joined.length - 1] += t;
      else joined.push(t);
    }
    return joined.every((t) => {
      const m = /^(=|!=|>=|<=|=>|=<|>|<|~>?|\^)?\s*(.+)$/.exec(t);
      return term(m?.[1] ?? '', m?.[2] ?? '', v);
    });
  });
}

export const SEMVER_FUNCTIONS: Record<string, TemplateFn> = {
  semverCompare: ((c: unknown, v: unknown) => satisfies(str(c), str(v))) as PlainFn,
};
