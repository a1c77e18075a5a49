/** Comparisons, truth and choices: Go's eq/ne/lt/le/gt/ge/not, Sprig's default/empty/coalesce/ternary. */

import { PlainFn, TemplateFn } from '../eval/frame';
import { goEq, goLess } from '../eval/compare';
import { isEmpty, truth, Unknown, Val } from '../eval/values';
import { bool } from './convert';

/** Picks one argument and keeps its origin (the values entry it came from). */
function pick(choose: (args: readonly Val[]) => Val): TemplateFn {
  return {
    traced: ({ args }) => {
      const unknown = args.find((a) => a.v instanceof Unknown);
      return unknown ?? choose(args);
    },
  };
}

export const LOGIC_FUNCTIONS: Record<string, TemplateFn> = {
  eq: ((a: unknown, ...b: unknown[]) => goEq(a, b)) as PlainFn,
  ne: ((a: unknown, b: unknown) => !goEq(a, [b])) as PlainFn,
  lt: ((a: unknown, b: unknown) => goLess(a, b)) as PlainFn,
  le: ((a: unknown, b: unknown) => goLess(a, b) || goEq(a, [b])) as PlainFn,
  gt: ((a: unknown, b: unknown) => goLess(b, a)) as PlainFn,
  ge: ((a: unknown, b: unknown) => goLess(b, a) || goEq(a, [b])) as PlainFn,
  not: ((a: unknown) => !truth(a)) as PlainFn,
  empty: ((a: unknown) => isEmpty(a)) as PlainFn,
  all: ((...a: unknown[]) => a.every((x) => !isEmpty(x))) as PlainFn,
  any: ((...a: unknown[]) => a.some((x) => !isEmpty(x))) as PlainFn,
  default: pick((args) => {
    const [d, given] = args;
    return given === undefined || isEmpty(given.v) ? (d ?? { v: null }) : given;
  }),
  coalesce: pick((args) => args.find((a) => !isEmpty(a.v)) ?? { v: null }),
  ternary: pick((args) => {
    const [yes, no, test] = args;
    return bool(test?.v) ? (yes ?? { v: null }) : (no ?? { v: null });
  }),
};
