/**
 * What an unquoted YAML scalar becomes when kubectl (or Helm, Argo CD, Flux: all through
 * sigs.k8s.io/yaml and go-yaml v2) turns a manifest into JSON. go-yaml v2 resolves YAML 1.1
 * style: `yes`/`no`/`on`/`off`/`y`/`n` are booleans, `~` and the empty scalar null, integers
 * are read by Go's ParseInt with base 0 (`010` is octal 8, `0x1F` is 31, underscores dropped),
 * floats only in the forms `1.5`, `.5`, `1.5e+3` (an exponent needs its sign: `1e3` stays a
 * string), and `.inf`/`.nan` are floats that JSON cannot carry (the apply fails). Anything
 * else, and every quoted or block scalar, is a string. Our parser reads YAML 1.2, so the
 * change comparison resolves plain scalars again with these rules.
 */

import { parseGoInteger } from '../units/go-number';

export type KubectlScalar =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'null' }
  /** An integer Go reads into int64 (the API server keeps it as one). */
  | { readonly kind: 'int'; readonly value: bigint }
  /** A float64, or an unsigned integer beyond int64 that the API server reads back as one. */
  | { readonly kind: 'float'; readonly value: number };

const WORDS: ReadonlyMap<string, KubectlScalar> = new Map<string, KubectlScalar>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((w): [string, KubectlScalar] => [w, { kind: 'bool', value: true }]),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((w): [string, KubectlScalar] => [w, { kind: 'bool', value: false }]),
  ...['', '~', 'null', 'Null', 'NULL'].map((w): [string, KubectlScalar] => [w, { kind: 'null' }]),
  ...['.nan', '.NaN', '.NAN'].map((w): [string, KubectlScalar] => [w, { kind: 'float', value: NaN }]),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((w): [string, KubectlScalar] => [w, { kind: 'float', value: Infinity }]),
  ...['-.inf', '-.Inf', '-.INF'].map((w): [string, KubectlScalar] => [w, { kind: 'float', value: -Infinity }]),
]);

/** go-yaml v2's yamlStyleFloat, tried on the text without underscores. */
const YAML_FLOAT = /^[-+]?[0-9]*\.?[0-9]+([eE][-+][0-9]+)?$/;
/** strconv.ParseFloat's decimal forms that start with a dot (the resolver's '.' hint). */
const DOT_FLOAT = /^\.[0-9]+(?:_[0-9]+)*(?:[eE][-+]?[0-9]+(?:_[0-9]+)*)?$/;

/** An unquoted, untagged scalar's text (folded, as the YAML parser read it). */
export function kubectlScalar(text: string): KubectlScalar {
  const word = WORDS.get(text);
  if (word) return word;
  const first = text[0] ?? '';
  if (first === '.') return DOT_FLOAT.test(text) ? float(text.replace(/_/g, ''), text) : string(text);
  if (!/[-+0-9]/.test(first)) return string(text);
  const plain = text.replace(/_/g, '');
  const integer = parseGoInteger(plain);
  if (integer) return integer.unsigned ? { kind: 'float', value: Number(integer.value) } : { kind: 'int', value: integer.value };
  return YAML_FLOAT.test(plain) ? float(plain, text) : string(text);
}

/** ParseFloat: correctly rounded like Number(); out of range is an error, so the text stays a string. */
function float(decimal: string, text: string): KubectlScalar {
  const value = Number(decimal);
  return Number.isFinite(value) ? { kind: 'float', value } : string(text);
}

function string(value: string): KubectlScalar {
  return { kind: 'string', value };
}
