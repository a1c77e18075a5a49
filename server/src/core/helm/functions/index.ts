/** Every template function we evaluate; any other name reads as unknown ("function foo not supported"). */

import { TemplateFn } from '../eval/frame';
import { DICT_FUNCTIONS } from './dicts';
import { ENCODING_FUNCTIONS } from './encoding';
import { HELM_FUNCTIONS } from './helm';
import { LIST_FUNCTIONS } from './lists';
import { LOGIC_FUNCTIONS } from './logic';
import { MATH_FUNCTIONS } from './math';
import { PRINT_FUNCTIONS } from './printf';
import { REGEX_FUNCTIONS } from './regex';
import { SEMVER_FUNCTIONS } from './semver';
import { STRING_FUNCTIONS } from './strings';
import { TYPE_FUNCTIONS } from './types';
import { YAML_FUNCTIONS } from './yaml';

const ALL: Record<string, TemplateFn> = {
  ...STRING_FUNCTIONS, ...LOGIC_FUNCTIONS, ...LIST_FUNCTIONS, ...DICT_FUNCTIONS, ...MATH_FUNCTIONS, ...ENCODING_FUNCTIONS,
  ...YAML_FUNCTIONS, ...REGEX_FUNCTIONS, ...SEMVER_FUNCTIONS, ...TYPE_FUNCTIONS, ...PRINT_FUNCTIONS, ...HELM_FUNCTIONS,
};

/** Sprig's `mustX` variants fail where X would return a zero value; ours already fail, so they are the same. */
const MUST = Object.fromEntries(Object.entries(ALL).map(([name, fn]) => [`must${name[0]?.toUpperCase()}${name.slice(1)}`, fn]));

export const FUNCTIONS: ReadonlyMap<string, TemplateFn> = new Map(Object.entries({ ...MUST, ...ALL }));
