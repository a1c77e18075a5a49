/** Type tests: typeOf, typeIs, kindOf, kindIs. */

import { PlainFn, TemplateFn } from '../eval/frame';
import { goKind, goType } from '../eval/values';
import { str } from './convert';

export const TYPE_FUNCTIONS: Record<string, TemplateFn> = {
  typeOf: ((v: unknown) => goType(v)) as PlainFn,
  typeIs: ((t: unknown, v: unknown) => str(t) === goType(v)) as PlainFn,
  kindOf: ((v: unknown) => goKind(v)) as PlainFn,
  kindIs: ((k: unknown, v: unknown) => str(k) === goKind(v)) as PlainFn,
};
